import { Table, Typography } from 'antd';
import { changesOf, type FieldChange } from './changes';

/** What a recorded change did, field by field (字段 / 变更前 / 变更后), instead of raw JSON. */
export function ChangeList({
  before,
  after,
  label,
}: {
  before: unknown;
  after: unknown;
  label: string;
}) {
  const changes = changesOf(before, after);
  if (changes.length === 0) return <Typography.Text type="secondary">无字段变化</Typography.Text>;
  return (
    <Table<FieldChange>
      aria-label={label}
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={changes}
      columns={[
        { title: '字段', dataIndex: 'label', width: 140 },
        { title: '变更前', dataIndex: 'before' },
        { title: '变更后', dataIndex: 'after' },
      ]}
    />
  );
}
