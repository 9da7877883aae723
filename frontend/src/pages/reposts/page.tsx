import { Card, Space } from 'antd';
import { RepostAttentionAlert } from './attention';
import { RepostTaskList } from './list';

/** 转发任务 for every staff role: an operator sees the tasks of their own accounts and what is due. */
export function RepostPage() {
  return (
    <Card title="转发任务">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <RepostAttentionAlert />
        <RepostTaskList />
      </Space>
    </Card>
  );
}
