import { Badge, Button, Card, Space, Table, Tabs, Tag } from 'antd';
import { Link } from 'react-router';
import type { AttemptResponse, DeliveryResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PagedTable, param, useApiMutation, usePagedList } from '../../components/kit';
import { StatusFilter } from '../../components/StatusFilter';
import {
  ATTEMPT_OUTCOME_LABELS,
  DELIVERY_KIND_LABELS,
  DELIVERY_STATUS_COLORS,
  DELIVERY_STATUS_LABELS,
  labelOf,
} from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { AlertPane, ReconciliationPane } from './panes';
import { retryDelivery, syncKeys, useAlerts, useAttempts, useDeliveries } from './queries';
import { DeliveryOffNotice } from './deliveryOff';

function Attempts({ delivery }: { delivery: DeliveryResponse }) {
  const attempts = useAttempts(delivery.id);
  return (
    <Table<AttemptResponse>
      size="small"
      rowKey="attempt"
      aria-label="尝试记录"
      loading={attempts.isFetching}
      dataSource={attempts.data ?? []}
      pagination={false}
      locale={{ emptyText: '暂无尝试记录' }}
      columns={[
        { title: '次数', dataIndex: 'attempt' },
        { title: '执行节点', dataIndex: 'worker' },
        { title: '开始时间', dataIndex: 'startedAt', render: formatTime },
        { title: 'HTTP 状态', dataIndex: 'httpStatus', render: (v?: number) => v ?? '—' },
        {
          title: '结果',
          dataIndex: 'outcome',
          render: (v: string) => (
            <Tag color={v === 'DELIVERED' ? 'green' : v === 'DEAD' ? 'red' : 'orange'}>
              {labelOf(ATTEMPT_OUTCOME_LABELS, v)}
            </Tag>
          ),
        },
        { title: '错误', dataIndex: 'error', render: (v?: string) => v ?? '—' },
      ]}
    />
  );
}

function DeliveryPane({ canRetry }: { canRetry: boolean }) {
  const list = usePagedList({ status: param.text<DeliveryResponse['status']>() });
  const deliveries = useDeliveries(list.query);
  const retry = useApiMutation({
    mutationFn: retryDelivery,
    success: '已重新加入报送队列',
    invalidates: [syncKeys.all],
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <StatusFilter
        label="报送状态"
        labels={DELIVERY_STATUS_LABELS}
        value={list.filters.status}
        onChange={(status) => list.setFilters({ status })}
      />
      <PagedTable<DeliveryResponse>
        rowKey="id"
        aria-label="报送队列"
        list={list}
        result={deliveries}
        totalText={(total) => `共 ${total} 条报送`}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (row) => <Attempts delivery={row} /> }}
        columns={[
          {
            title: '类型',
            dataIndex: 'kind',
            render: (v: string) => labelOf(DELIVERY_KIND_LABELS, v),
          },
          {
            title: '账号',
            dataIndex: 'accountName',
            render: (name: string | undefined, row) =>
              row.filingId ? <Link to={`/filings/${row.filingId}`}>{name ?? '—'}</Link> : name,
          },
          { title: '报送编号', dataIndex: 'idempotencyKey' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (v: string) => (
              <Tag color={DELIVERY_STATUS_COLORS[v]}>{labelOf(DELIVERY_STATUS_LABELS, v)}</Tag>
            ),
          },
          { title: '尝试次数', dataIndex: 'attempts' },
          { title: '下次尝试', dataIndex: 'nextAttemptAt', render: formatTime },
          { title: '最近错误', dataIndex: 'lastError', render: (v?: string) => v ?? '—' },
          { title: '省级回执号', dataIndex: 'receiptNumber', render: (v?: string) => v ?? '—' },
          { title: '报送时间', dataIndex: 'deliveredAt', render: formatTime },
          ...(canRetry
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  render: (_: unknown, row: DeliveryResponse) =>
                    row.status === 'DEAD' ? (
                      <Button
                        size="small"
                        type="primary"
                        loading={retry.isPending && retry.variables === row.id}
                        onClick={() => retry.mutate(row.id)}
                      >
                        重新报送
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}

/** 省级同步: the delivery outbox to the province, deadline alerts (Art 15) and reconciliation. */
export function SyncPage() {
  const { access } = useCurrentUser();
  const alerts = useAlerts();
  const alertCount = alerts.data?.length ?? 0;
  return (
    <Card title="省级同步">
      <DeliveryOffNotice />
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'deliveries',
            label: '报送队列',
            children: <DeliveryPane canRetry={access.canRetryDeliveries} />,
          },
          {
            key: 'alerts',
            label: (
              <Badge count={alertCount} size="small" offset={[8, -2]} data-testid="alert-count">
                期限预警
              </Badge>
            ),
            children: <AlertPane />,
          },
          {
            key: 'reconciliation',
            label: '对账',
            children: <ReconciliationPane canReconcile={access.canReconcile} />,
          },
        ]}
      />
    </Card>
  );
}
