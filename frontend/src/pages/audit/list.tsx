import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { displayName } from '../../api/people';
import type { AuditEvent } from '../../api/types';
import { ListCard, PagedTable, param, useApiMutation, usePagedList } from '../../components/kit';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../locales/audit';
import { labelOf, optionsOf, ROLE_LABELS } from '../../locales/zh-CN';
import { ChangeList } from '../../components/ChangeList';
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

function RawData({ row }: { row: AuditEvent }) {
  return (
    <details>
      <summary>原始数据</summary>
      <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto', fontSize: 12 }}>
        {JSON.stringify({ before: row.before ?? null, after: row.after ?? null }, null, 2)}
      </pre>
    </details>
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
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={optionsOf(AUDIT_ENTITY_LABELS)}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item name="entityId" label="对象编号">
          <Input allowClear style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="actor" label="操作人">
          <Input placeholder="登录名" allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="action" label="操作">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={optionsOf(AUDIT_ACTION_LABELS)}
            style={{ width: 160 }}
          />
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
          {
            title: '操作人',
            width: 120,
            render: (_: unknown, row: AuditEvent) => (
              <span title={row.actorName ? `登录名 ${row.actor}` : undefined}>
                {displayName(row.actor, row.actorName)}
              </span>
            ),
          },
          {
            title: '角色',
            dataIndex: 'actorRoles',
            render: (roles: string[] | undefined) =>
              (roles ?? []).map((role) => <Tag key={role}>{labelOf(ROLE_LABELS, role)}</Tag>),
          },
          {
            title: '所在单位',
            render: (_: unknown, row: AuditEvent) =>
              row.organizationName ?? row.organizationCode ?? '—',
          },
          {
            title: '操作',
            dataIndex: 'action',
            render: (action: string | undefined) => labelOf(AUDIT_ACTION_LABELS, action ?? ''),
          },
          {
            title: '对象类型',
            dataIndex: 'entityType',
            render: (type: string | undefined) => labelOf(AUDIT_ENTITY_LABELS, type ?? ''),
          },
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
              <div style={{ minWidth: 480 }}>
                <ChangeList before={row.before} after={row.after} label={`第 ${row.id} 条的变更`} />
                <RawData row={row} />
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
