import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { AuditEvent } from '../../api/types';
import { ListCard, PagedTable, param, useApiMutation, usePagedList } from '../../components/kit';
import { InclusionCheck } from './InclusionCheck';
import { useAuditEvents, verifyAuditChain, type AuditQuery as Query } from './queries';
import { TreeHeadCard } from './TreeHeadCard';
import { VerificationResult } from './VerificationResult';

interface Filters {
  entityType?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const filterParams = {
  entityType: param.text(),
  entityId: param.text(),
  actor: param.text(),
  action: param.text(),
  from: param.text(),
  to: param.text(),
};

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

function toValues(query: Query): Filters {
  return {
    ...query,
    range:
      query.from || query.to
        ? [query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]
        : null,
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

/** 审计: the append-only audit log sealed into a signed Merkle tree, with checks on the server and in the browser. */
export function AuditList() {
  const [form] = Form.useForm<Filters>();
  const list = usePagedList(filterParams);
  const events = useAuditEvents(list.query);
  const verification = useApiMutation({ mutationFn: verifyAuditChain });
  // the form shows the search of the address (after a refresh, back or 重置)
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(list.filters));
  }, [form, list.filters]);

  return (
    <ListCard
      title="审计"
      extra={
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verification.isPending}
          onClick={() => verification.mutate()}
        >
          校验审计日志
        </Button>
      }
    >
      <TreeHeadCard />
      {verification.data && <VerificationResult result={verification.data} />}
      <Form<Filters>
        form={form}
        layout="inline"
        onFinish={(values) => list.setFilters(toQuery(values))}
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
            <Button onClick={() => list.reset()}>重置</Button>
          </Space>
        </Form.Item>
      </Form>
      <PagedTable<AuditEvent>
        rowKey={(row) => row.id ?? 0}
        list={list}
        result={events}
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
            title: '收录证明',
            width: 150,
            render: (_: unknown, row: AuditEvent) =>
              row.id ? <InclusionCheck eventId={row.id} /> : null,
          },
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
                {row.prevHash && (
                  <>
                    <Typography.Text strong>前一哈希（启用日志树前的哈希链）</Typography.Text>
                    <div>
                      <Typography.Text code>{row.prevHash}</Typography.Text>
                    </div>
                  </>
                )}
              </div>
            </Space>
          ),
        }}
      />
    </ListCard>
  );
}
