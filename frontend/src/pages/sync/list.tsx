import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Descriptions,
  Empty,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError, unwrap } from '../../api/http';
import type {
  AttemptResponse,
  DeliveryResponse,
  Difference,
  ReconciliationReport,
} from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  ATTEMPT_OUTCOME_LABELS,
  DELIVERY_KIND_LABELS,
  DELIVERY_STATUS_COLORS,
  DELIVERY_STATUS_LABELS,
  DIFFERENCE_KIND_LABELS,
  FILING_STATUS_LABELS,
  FILING_TYPE_LABELS,
  labelOf,
  optionsOf,
  PLATFORM_LABELS,
} from '../../locales/zh-CN';
import { formatDate, formatTime } from '../../utils/dates';

const syncKeys = {
  all: ['sync'] as const,
  deliveries: (status: string | undefined, page: number) =>
    [...syncKeys.all, 'deliveries', { status, page }] as const,
  attempts: (id: number) => [...syncKeys.all, 'attempts', id] as const,
  alerts: ['sync', 'alerts'] as const,
  latest: ['sync', 'reconciliation', 'latest'] as const,
};

function useAlerts() {
  return useQuery({
    queryKey: syncKeys.alerts,
    queryFn: () => unwrap(api.GET('/api/v1/sync/alerts')),
  });
}

function Attempts({ delivery }: { delivery: DeliveryResponse }) {
  const attempts = useQuery({
    queryKey: syncKeys.attempts(delivery.id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/sync/deliveries/{id}/attempts', {
          params: { path: { id: delivery.id } },
        }),
      ),
  });
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
  const [status, setStatus] = useState<string>();
  const [page, setPage] = useState(1);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    queryKey: syncKeys.deliveries(status, page),
    queryFn: () =>
      unwrap(api.GET('/api/v1/sync/deliveries', { params: { query: { status, page, size: 20 } } })),
  });
  const retry = useMutation({
    mutationFn: (id: number) =>
      unwrap(api.POST('/api/v1/sync/deliveries/{id}/retry', { params: { path: { id } } })),
    onSuccess: async () => {
      void message.success('已重新加入报送队列');
      await queryClient.invalidateQueries({ queryKey: syncKeys.all });
    },
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <span>状态</span>
        <Select
          aria-label="报送状态"
          allowClear
          placeholder="全部"
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          options={optionsOf(DELIVERY_STATUS_LABELS)}
          style={{ width: 120 }}
        />
      </Space>
      <Table<DeliveryResponse>
        rowKey="id"
        aria-label="报送队列"
        loading={deliveries.isFetching}
        dataSource={deliveries.data?.items ?? []}
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
          { title: '幂等键', dataIndex: 'idempotencyKey' },
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
        pagination={{
          current: page,
          pageSize: 20,
          total: deliveries.data?.totalItems ?? 0,
          showTotal: (total) => `共 ${total} 条报送`,
          onChange: setPage,
        }}
      />
    </Space>
  );
}

function AlertPane() {
  const alerts = useAlerts();
  if (alerts.isLoading) return <Card loading variant="borderless" />;
  const items = alerts.data ?? [];
  if (items.length === 0) return <Empty description="暂无预警" />;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="sync-alerts">
      {items.map((alert) => (
        <Alert
          key={`${alert.filingId}-${alert.level}`}
          type={alert.level === 'OVERDUE' ? 'error' : 'warning'}
          showIcon
          data-level={alert.level}
          title={
            <Space wrap>
              <Tag color={alert.level === 'OVERDUE' ? 'red' : 'orange'}>
                {alert.level === 'OVERDUE' ? '已逾期' : '即将到期'}
              </Tag>
              <span>{alert.message}</span>
            </Space>
          }
          description={
            <Space wrap>
              <span>
                {labelOf(FILING_TYPE_LABELS, alert.type)}备案 · {alert.accountName} ·{' '}
                {alert.hostOrganizationName} · {labelOf(FILING_STATUS_LABELS, alert.filingStatus)}
              </span>
              <span>省级备案期限：{formatDate(alert.provincialDeadline)}</span>
              <Link to={`/filings/${alert.filingId}`}>查看备案</Link>
            </Space>
          }
        />
      ))}
    </Space>
  );
}

function ReconciliationPane({ canReconcile }: { canReconcile: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const latest = useQuery({
    queryKey: syncKeys.latest,
    // 404 means no reconciliation has run yet: an empty state, not an error
    queryFn: async (): Promise<ReconciliationReport | null> => {
      try {
        return await unwrap(api.GET('/api/v1/sync/reconciliations/latest'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
  const run = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/sync/reconciliations')),
    onSuccess: (report) => {
      void message.success('对账完成');
      queryClient.setQueryData(syncKeys.latest, report);
    },
  });
  const report = latest.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {canReconcile && (
        <Button type="primary" loading={run.isPending} onClick={() => run.mutate()}>
          立即对账
        </Button>
      )}
      {latest.isLoading && <Card loading variant="borderless" />}
      {latest.isSuccess && report === null && <Empty description="尚未对账" />}
      {report && (
        <>
          <Descriptions bordered size="small" column={2} data-testid="reconciliation-summary">
            <Descriptions.Item label="对账时间">{formatTime(report.startedAt)}</Descriptions.Item>
            <Descriptions.Item label="发起人">{report.startedBy}</Descriptions.Item>
            <Descriptions.Item label="本地登记账号">{report.ours}</Descriptions.Item>
            <Descriptions.Item label="省级登记账号">{report.theirs}</Descriptions.Item>
          </Descriptions>
          <Table<Difference>
            rowKey={(row) => `${row.kind}-${row.platform}-${row.platformAccountId ?? row.name}`}
            aria-label="对账差异"
            size="small"
            dataSource={report.differences}
            pagination={false}
            locale={{ emptyText: '两边一致，无差异' }}
            columns={[
              {
                title: '差异',
                dataIndex: 'kind',
                render: (v: string) => (
                  <Tag color={v === 'STATUS_DIFFERS' ? 'orange' : 'red'}>
                    {labelOf(DIFFERENCE_KIND_LABELS, v)}
                  </Tag>
                ),
              },
              {
                title: '平台',
                dataIndex: 'platform',
                render: (v: string) => labelOf(PLATFORM_LABELS, v),
              },
              { title: '账号名称', dataIndex: 'name' },
              {
                title: '平台账号 ID',
                dataIndex: 'platformAccountId',
                render: (v?: string) => v ?? '—',
              },
              { title: '本地状态', dataIndex: 'ourStatus', render: (v?: string) => v ?? '—' },
              { title: '省级状态', dataIndex: 'theirStatus', render: (v?: string) => v ?? '—' },
            ]}
          />
        </>
      )}
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
