import { Table, Tag } from 'antd';
import type { RepostTarget } from '../../api/types';
import { labelOf } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { TARGET_STATE_COLORS, TARGET_STATE_LABELS } from './labels';
import { useRepostTask } from './queries';

/** Each target account of a task (in the caller's scope): 已转发 with the record, 待转发 or 逾期. */
export function RepostTargets({ id }: { id: number }) {
  const detail = useRepostTask(id);
  return (
    <Table<RepostTarget>
      rowKey="accountId"
      size="small"
      aria-label="转发情况"
      loading={detail.isLoading}
      pagination={false}
      dataSource={detail.data?.targets ?? []}
      columns={[
        { title: '账号', dataIndex: 'accountName' },
        { title: '主办单位', dataIndex: 'hostName' },
        {
          title: '状态',
          dataIndex: 'state',
          render: (state: RepostTarget['state']) => (
            <Tag color={TARGET_STATE_COLORS[state]}>{labelOf(TARGET_STATE_LABELS, state)}</Tag>
          ),
        },
        {
          title: '转发记录',
          key: 'record',
          render: (_: unknown, target) =>
            target.publishedUrl ? (
              <a href={target.publishedUrl} target="_blank" rel="noreferrer">
                {formatTime(target.publishedAt)}
              </a>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
