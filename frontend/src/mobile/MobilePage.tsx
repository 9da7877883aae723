import { LeftOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A page: the title bar (with 返回 on detail pages) and the content. */
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
        {back && (
          <button type="button" className="m-back" onClick={() => void navigate(-1)}>
            <LeftOutline aria-hidden />
            返回
          </button>
        )}
        <h1>{title}</h1>
      </header>
      <main className="m-page">{children}</main>
    </>
  );
}
