import { NavBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A page: the title bar (with back on detail pages) and the content. */
export function MobilePage({
  title,
  back,
  children,
}: {
  title: string;
  back?: boolean;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <>
      <header className="m-header">
        <NavBar
          back={back ? '返回' : null}
          backIcon={back}
          onBack={() => void navigate(-1)}
          right={null}
        >
          <h1>{title}</h1>
        </NavBar>
      </header>
      <main className="m-page">{children}</main>
    </>
  );
}
