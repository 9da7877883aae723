import { Progress, Table } from 'antd';
import type { RepostCompletion } from '../../api/types';
import { percent } from './labels';
import { useRepostCompletion } from './queries';

/** 转发任务完成率 per host organization this year (Art 21, 32): lowest first, for supervision. */
export function RepostCompletionTable() {
  const completion = useRepostCompletion();
  return (
    <Table<RepostCompletion>
      rowKey="organizationId"
      size="small"
      aria-label="转发完成率"
      loading={completion.isLoading}
      pagination={false}
      dataSource={completion.data ?? []}
      locale={{ emptyText: '本年度暂无转发任务' }}
      columns={[
        { title: '单位', dataIndex: 'organizationName' },
        { title: '应转发', dataIndex: 'assigned' },
        { title: '已转发', dataIndex: 'done' },
        { title: '待转发', dataIndex: 'pending' },
        { title: '逾期', dataIndex: 'overdue' },
        {
          title: '完成率',
          dataIndex: 'rate',
          render: (rate: number) => (
            <Progress
              percent={Math.round(rate * 1000) / 10}
              size="small"
              format={() => percent(rate)}
              status={rate < 1 ? 'normal' : 'success'}
            />
          ),
        },
      ]}
    />
  );
}
