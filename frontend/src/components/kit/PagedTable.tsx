import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Table, type TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import type { PagedList } from './usePagedList';

/** One page of a list as the API answers it (every `PageResponse…` schema). */
export interface Paged<T> {
  items: T[];
  totalItems: number;
  page: number;
  size: number;
}

/** A table's column list (TableProps' `columns`, never undefined). */
export type Columns<T> = NonNullable<TableProps<T>['columns']>;
type Column<T> = Columns<T>[number];

export interface PagedTableProps<T> extends Omit<
  TableProps<T>,
  'dataSource' | 'loading' | 'pagination' | 'onChange'
> {
  list: Pick<PagedList<unknown>, 'page' | 'size' | 'sort' | 'setPage' | 'setSort'> & {
    filters?: object;
  };
  result: Pick<UseQueryResult<Paged<T>>, 'data' | 'isFetching'>;
  /** the text beside the pager, `共 ${total} 条` unless told */
  totalText?: (total: number) => string;
  /** false for a list whose page size the user may not change */
  sizeChanger?: boolean;
  /** what an empty list means and what to do next, e.g. 暂无审核单，点击“撰写审核单”开始 */
  empty?: string;
}

/** Whether any filter is set (an empty list then says so, not that nothing exists). */
function filtered(filters: object | undefined): boolean {
  return Object.values(filters ?? {}).some(
    (value) => value !== undefined && value !== null && value !== '',
  );
}

function fieldOf<T>(column: Column<T>): string | undefined {
  return 'dataIndex' in column && typeof column.dataIndex === 'string'
    ? column.dataIndex
    : undefined;
}

function sortOf<T>(sorter: SorterResult<T> | SorterResult<T>[]): string | undefined {
  const single = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = typeof single?.field === 'string' ? single.field : undefined;
  return single?.order && field
    ? `${field},${single.order === 'ascend' ? 'asc' : 'desc'}`
    : undefined;
}

/**
 * An antd Table showing one page of a `usePagedList` list: the pager and the sortable columns
 * (`sorter: true`, sorted by their `dataIndex`) read and write the list's URL state.
 */
export function PagedTable<T extends object>({
  list,
  result,
  totalText = (total) => `共 ${total} 条`,
  sizeChanger = true,
  empty = '暂无记录',
  columns,
  ...table
}: PagedTableProps<T>) {
  const orderOf = (field: string | undefined) =>
    list.sort === `${field},asc` ? 'ascend' : list.sort === `${field},desc` ? 'descend' : null;
  return (
    <Table<T>
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              filtered(list.filters) ? '没有符合筛选条件的记录，可调整条件或点击“重置”' : empty
            }
          />
        ),
      }}
      {...table}
      columns={columns?.map((column) =>
        column.sorter === true ? { ...column, sortOrder: orderOf(fieldOf(column)) } : column,
      )}
      dataSource={result.data?.items ?? []}
      loading={result.isFetching}
      onChange={(pagination, _filters, sorter, { action }) => {
        if (action === 'sort') list.setSort(sortOf(sorter));
        else list.setPage(pagination.current ?? 1, pagination.pageSize ?? list.size);
      }}
      pagination={{
        current: list.page,
        pageSize: list.size,
        total: result.data?.totalItems ?? 0,
        showSizeChanger: sizeChanger,
        showTotal: totalText,
      }}
    />
  );
}
