import { Alert, List } from 'antd';
import { formatDate } from '../../utils/dates';
import { useRepostAttention } from './queries';

/** 转发提醒: target accounts of the caller's scope whose repost is due within one working day, or overdue. */
export function RepostAttentionAlert() {
  const attention = useRepostAttention();
  const data = attention.data;
  if (!data || data.items.length === 0) return null;
  return (
    <Alert
      type={data.overdue > 0 ? 'error' : 'warning'}
      showIcon
      data-testid="repost-attention"
      title={`转发提醒：${data.dueSoon} 个账号的转发任务 1 个工作日内到期，${data.overdue} 个已逾期`}
      description={
        <List
          size="small"
          dataSource={data.items}
          renderItem={(item) => (
            <List.Item>
              {item.accountName}（{item.hostName}）· {item.title} · 截止 {formatDate(item.deadline)}
              {item.state === 'OVERDUE' ? ' · 已逾期' : ''}
            </List.Item>
          )}
        />
      }
    />
  );
}
