import { Table } from 'antd';
import type { FilingResponse } from '../../api/types';
import { filingColumns } from './columns';

/** An account's filings, one table without pages. */
export function FilingTable({ filings, loading }: { filings: FilingResponse[]; loading: boolean }) {
  return (
    <Table<FilingResponse>
      rowKey="id"
      aria-label="备案列表"
      dataSource={filings}
      loading={loading}
      pagination={false}
      columns={filingColumns({ compact: true })}
    />
  );
}
