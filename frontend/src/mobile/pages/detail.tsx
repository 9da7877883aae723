import { Card, ErrorBlock, Skeleton } from 'antd-mobile';
import type { ReactNode } from 'react';
import { errorMessage } from '../api';

/** What a detail page shows before its item is there: the error, or a skeleton while it loads. */
export function DetailLoading({
  query,
}: {
  query: { isError: boolean; isLoading: boolean; error: unknown };
}) {
  if (query.isError) return <ErrorBlock status="default" description={errorMessage(query.error)} />;
  return query.isLoading ? <Skeleton.Paragraph lineCount={8} animated /> : null;
}

/** The head of a detail page: its title and a muted line of who and when. */
export function DetailHeading({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card className="m-section" title={<h2 style={{ fontSize: 18, margin: 0 }}>{title}</h2>}>
      <div className="m-muted">{children}</div>
    </Card>
  );
}
