import { Card, Empty, Typography } from 'antd';
import { displayName } from '../../api/people';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../locales/audit';
import { labelOf } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { useRecentActivity } from './queries';

/** 近期动态: who of my organizations changed what lately (never the content), newest first. */
export function RecentActivityCard() {
  const recent = useRecentActivity();
  const items = recent.data ?? [];
  return (
    <Card size="small" title="近期动态" loading={recent.isPending} data-testid="recent-activity">
      {items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="近 30 天本单位及下级单位没有新的操作记录"
        />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((event) => (
            <li key={event.id} className="workbench-item">
              <Typography.Text type="secondary" style={{ marginRight: 12 }}>
                {formatTime(event.occurredAt)}
              </Typography.Text>
              {displayName(event.actor, event.actorName)}
              {event.organizationName && `（${event.organizationName}）`}{' '}
              {labelOf(AUDIT_ACTION_LABELS, event.action)}了
              {labelOf(AUDIT_ENTITY_LABELS, event.entityType)} #{event.entityId}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
