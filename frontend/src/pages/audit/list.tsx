import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/http';
import type { AuditEvent } from '../../api/types';

interface Filters {
  entityType?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

interface Query {
  entityType?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

function clean(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

function toQuery(filters: Filters): Query {
  const [from, to] = filters.range ?? [null, null];
  return {
    entityType: clean(filters.entityType),
    entityId: clean(filters.entityId),
    actor: clean(filters.actor),
    action: clean(filters.action),
    from: from ? from.startOf('day').format() : undefined,
    to: to ? to.endOf('day').format() : undefined,
  };
}

function Json({ value }: { value: unknown }) {
  if (value === undefined || value === null)
    return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto', fontSize: 12 }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** 审计: the append-only, hash-chained audit log, with a chain verification. */
export function AuditList() {
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<Query>({});
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);

  const events = useQuery({
    queryKey: ['audit-events', query, page, size],
    queryFn: () =>
      unwrap(api.GET('/api/v1/audit-events', { params: { query: { ...query, page, size } } })),
  });

  const verification = useMutation({
    mutationFn: () => unwrap(api.GET('/api/v1/audit-events/verification')),
  });

  return (
    <Card
      title="审计"
      extra={
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verification.isPending}
          onClick={() => verification.mutate()}
        >
          校验哈希链
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {verification.data &&
          (verification.data.intact ? (
            <Alert
              type="success"
              showIcon
              title="哈希链完整"
              description={`已校验 ${verification.data.checked ?? 0} 条审计记录，未发现篡改。`}
            />
          ) : (
            <Alert
              type="error"
              showIcon
              title="哈希链已断裂"
              description={`已校验 ${verification.data.checked ?? 0} 条，第一条不一致的记录编号为 ${
                verification.data.firstBrokenId ?? '未知'
              }。`}
            />
          ))}
        <Form<Filters>
          form={form}
          layout="inline"
          onFinish={(values) => {
            setQuery(toQuery(values));
            setPage(1);
          }}
        >
          <Form.Item name="entityType" label="对象类型">
            <Input placeholder="如 organization" allowClear />
          </Form.Item>
          <Form.Item name="entityId" label="对象编号">
            <Input allowClear style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="actor" label="操作人">
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="action" label="操作">
            <Input placeholder="如 UPDATE" allowClear style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="range" label="时间">
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setQuery({});
                  setPage(1);
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <Table<AuditEvent>
          rowKey={(row) => row.id ?? 0}
          loading={events.isFetching}
          dataSource={events.data?.items ?? []}
          size="small"
          scroll={{ x: 1100 }}
          columns={[
            { title: '编号', dataIndex: 'id', width: 80 },
            {
              title: '时间',
              dataIndex: 'occurredAt',
              width: 170,
              render: (value: string | undefined) =>
                value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '—',
            },
            { title: '操作人', dataIndex: 'actor', width: 120 },
            {
              title: '角色',
              dataIndex: 'actorRoles',
              render: (roles: string[] | undefined) =>
                (roles ?? []).map((role) => <Tag key={role}>{role}</Tag>),
            },
            { title: '所在单位', dataIndex: 'organizationCode' },
            { title: '操作', dataIndex: 'action' },
            { title: '对象类型', dataIndex: 'entityType' },
            { title: '对象编号', dataIndex: 'entityId' },
            {
              title: '哈希',
              dataIndex: 'hash',
              width: 140,
              ellipsis: true,
              render: (hash: string | undefined) => (
                <Typography.Text code copyable={hash ? { text: hash } : false}>
                  {hash?.slice(0, 12)}
                </Typography.Text>
              ),
            },
          ]}
          expandable={{
            expandedRowRender: (row) => (
              <Space align="start" size="large" wrap>
                <div>
                  <Typography.Text strong>变更前</Typography.Text>
                  <Json value={row.before} />
                </div>
                <div>
                  <Typography.Text strong>变更后</Typography.Text>
                  <Json value={row.after} />
                </div>
                <div>
                  <Typography.Text strong>请求编号</Typography.Text>
                  <div>{row.requestId ?? '—'}</div>
                  <Typography.Text strong>前一哈希</Typography.Text>
                  <div>
                    <Typography.Text code>{row.prevHash ?? '—'}</Typography.Text>
                  </div>
                </div>
              </Space>
            ),
          }}
          pagination={{
            current: page,
            pageSize: size,
            total: events.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 条`,
            onChange: (nextPage, nextSize) => {
              setPage(nextSize === size ? nextPage : 1);
              setSize(nextSize);
            },
          }}
        />
      </Space>
    </Card>
  );
}
