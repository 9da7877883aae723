import type { TablePaginationConfig } from 'antd';

/** The paging bar of every server-paged list: 共 N 条, size changer, back to page 1 when the size changes. */
export function serverPagination(
  page: number,
  size: number,
  total: number | undefined,
  setPage: (page: number) => void,
  setSize: (size: number) => void,
): TablePaginationConfig {
  return {
    current: page,
    pageSize: size,
    total: total ?? 0,
    showSizeChanger: true,
    showTotal: (count) => `共 ${count} 条`,
    onChange: (next, nextSize) => {
      setPage(nextSize !== size ? 1 : next);
      setSize(nextSize);
    },
  };
}
