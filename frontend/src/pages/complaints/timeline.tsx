import { Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import type { AuditTrailEntry } from '../../api/types';
import { PersonName } from '../../components/PersonName';
import { COMPLAINT_ACTION_LABELS } from '../../locales/interaction';
import { labelOf } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { useComplaintTimeline } from './queries';

function reasonOf(entry: AuditTrailEntry): string | undefined {
  const after = entry.after as { reason?: unknown } | undefined | null;
  return typeof after?.reason === 'string' ? after.reason : undefined;
}

/** 办理记录: each step of the submission, by whom, with its reason. */
export function ComplaintTimeline({ id }: { id: number }) {
  const timeline = useComplaintTimeline(id);
  if (timeline.isLoading) return <Skeleton active />;
  if (!timeline.data?.length)
    return <Empty description="暂无办理记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={timeline.data.map((entry) => ({
        content: (
          <Space orientation="vertical" size={0}>
            <span>
              {labelOf(COMPLAINT_ACTION_LABELS, entry.action)} ·{' '}
              <PersonName username={entry.actor} />
            </span>
            {reasonOf(entry) && <span>理由：{reasonOf(entry)}</span>}
            <Typography.Text type="secondary">{formatTime(entry.occurredAt)}</Typography.Text>
          </Space>
        ),
      }))}
    />
  );
}
