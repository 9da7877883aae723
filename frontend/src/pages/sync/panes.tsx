import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Space, Table, Tag } from 'antd';

import { Link } from 'react-router';
import type { Difference } from '../../api/types';
import { runReconciliation, syncKeys, useAlerts, useLatestReconciliation } from './queries';

import {
  DIFFERENCE_KIND_LABELS,
  FILING_STATUS_LABELS,
  FILING_TYPE_LABELS,
  labelOf,
  PLATFORM_LABELS,
} from '../../locales/zh-CN';
import { formatDate, formatTime } from '../../utils/dates';
import { PersonName } from '../../components/PersonName';

/** 报送预警 levels (Art 15): the two kinds of overdue are told apart. */
const SYNC_ALERT_LABELS: Record<string, string> = {
  DUE_SOON: '即将到期',
  OVERDUE: '逾期未审核',
  DELIVERY_OVERDUE: '通过后逾期未报送',
};

export function AlertPane() {
  const alerts = useAlerts();
  if (alerts.isLoading) return <Card loading variant="borderless" />;
  const items = alerts.data ?? [];
  if (items.length === 0) return <Empty description="暂无预警" />;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="sync-alerts">
      {items.map((alert) => (
        <Alert
          key={`${alert.filingId}-${alert.level}`}
          type={alert.level === 'DUE_SOON' ? 'warning' : 'error'}
          showIcon
          data-level={alert.level}
          title={
            <Space wrap>
              <Tag color={alert.level === 'DUE_SOON' ? 'orange' : 'red'}>
                {SYNC_ALERT_LABELS[alert.level] ?? alert.level}
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

export function ReconciliationPane({ canReconcile }: { canReconcile: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const latest = useLatestReconciliation();
  const run = useMutation({
    mutationFn: runReconciliation,
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
            <Descriptions.Item label="发起人">
              <PersonName username={report.startedBy} />
            </Descriptions.Item>
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
