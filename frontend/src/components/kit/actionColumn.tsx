import { Button } from 'antd';
import type { ReactNode } from 'react';
import type { Columns } from './PagedTable';

/** The 操作 column, only for callers who may act (`visible`); `render` may return null for rows with nothing to do. */
export function actionColumn<T>(visible: boolean, render: (row: T) => ReactNode): Columns<T> {
  return visible
    ? [{ title: '操作', key: 'actions', render: (_: unknown, row: T) => render(row) }]
    : [];
}

/** An 操作 column with one small button per row (修改, 修订, 交接班 …). */
export function editColumn<T>(
  visible: boolean,
  label: string,
  onEdit: (row: T) => void,
): Columns<T> {
  return actionColumn<T>(visible, (row) => (
    <Button size="small" onClick={() => onEdit(row)}>
      {label}
    </Button>
  ));
}
