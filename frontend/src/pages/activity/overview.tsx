import { Alert, Card, Col, DatePicker, Empty, Row, Skeleton, Space, Statistic } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { todayInShanghai, toIsoDate } from '../../utils/dates';
import { DutyFigures } from './dutyFigures';
import { SecurityOverdueFigures } from '../security/list';
import { useOverview } from './queries';
import { overviewCharts } from './values';

const EChart = lazy(() => import('../../components/EChart'));

/** The 统计日期 picker of the dashboards: past days only; cleared means today. */
export function AsOfPicker({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (asOf: string | undefined) => void;
}) {
  const today = dayjs(todayInShanghai());
  return (
    <Space>
      <span>统计日期</span>
      <DatePicker
        aria-label="统计日期"
        allowClear
        placeholder="今天"
        value={value ? dayjs(value) : null}
        disabledDate={(day: Dayjs) => day.isAfter(today, 'day')}
        onChange={(day: Dayjs | null) => onChange(toIsoDate(day))}
      />
    </Space>
  );
}

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={title}>
      <Suspense fallback={<Skeleton active />}>{children}</Suspense>
    </Card>
  );
}

/** 监管总览: accounts by status and platform, the activity rules missed, overdue work, trend. */
export function SupervisionOverview({
  asOf,
  onAsOfChange,
}: {
  asOf: string | undefined;
  onAsOfChange: (asOf: string | undefined) => void;
}) {
  const overview = useOverview(asOf);
  const data = overview.data;
  const charts = useMemo(() => (data ? overviewCharts(data) : undefined), [data]);

  const figures: { title: string; value: number | undefined; danger?: boolean }[] = [
    { title: '正常运行账号', value: data?.activity.live },
    { title: '一周未更新', value: data?.activity.silent, danger: true },
    { title: '三个月未更新（僵尸）', value: data?.activity.dormant, danger: true },
    { title: '触发单项否决', value: data?.activity.vetoed, danger: true },
    { title: '备案逾期未审核', value: data?.overdueFilings, danger: true },
    { title: '通过后逾期未报送', value: data?.overdueDeliveries, danger: true },
    { title: '留言回复逾期', value: data?.overdueReplies, danger: true },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <AsOfPicker value={asOf} onChange={onAsOfChange} />
      {overview.isError && <Alert type="error" title="监管总览加载失败" />}
      <Row gutter={[16, 16]} data-testid="overview-figures">
        {figures.map((figure) => (
          <Col key={figure.title} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic
                title={figure.title}
                value={figure.value ?? '—'}
                loading={overview.isLoading}
                styles={{
                  content: figure.danger && figure.value ? { color: '#cf1322' } : undefined,
                }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <DutyFigures />
      <Card
        size="small"
        title="安全台账到期提醒（第二十七、二十九条）"
        extra={<Link to="/security">查看</Link>}
      >
        <SecurityOverdueFigures />
      </Card>
      {charts && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <ChartCard title="账号状态分布">
              <EChart option={charts.byStatus} label="账号状态分布" />
            </ChartCard>
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard title="平台分布">
              <EChart option={charts.byPlatform} label="平台分布" />
            </ChartCard>
          </Col>
          <Col span={24}>
            <ChartCard title="近 12 周趋势（按周快照）">
              {data?.trend.length ? (
                <EChart option={charts.trend} label="近 12 周趋势" height={320} />
              ) : (
                <Empty description="暂无每日快照（由夜间任务生成）" />
              )}
            </ChartCard>
          </Col>
        </Row>
      )}
    </Space>
  );
}
