import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { useCounterfeits } from '../counterfeits/queries';
import { useCountyCoverage } from '../coverage/queries';
import { useOnDutyNow } from '../duty/queries';
import { useIncidentAttention } from '../incidents/queries';

/** 安全与值守 (Art 11, 29, 32): who is on duty, open incidents, vetoes, units without an account. */
export function DutyFigures() {
  const onDuty = useOnDutyNow();
  const incidents = useIncidentAttention(true);
  const coverage = useCountyCoverage();
  const fakes = useCounterfeits({ takedownOverdue: true, page: 1, size: 1 });
  const open = Object.values(incidents.data?.openByGrade ?? {}).reduce((sum, n) => sum + n, 0);
  const grave =
    (incidents.data?.openByGrade.MAJOR ?? 0) + (incidents.data?.openByGrade.ESPECIALLY_MAJOR ?? 0);
  const uncovered = coverage.data?.reduce((sum, county) => sum + county.uncovered, 0);

  const figures: {
    title: string;
    value: number | undefined;
    to: string;
    danger?: boolean;
    suffix?: string;
  }[] = [
    { title: '当前值班单位', value: onDuty.data?.length, to: '/duty' },
    {
      title: '未结事件',
      value: incidents.data && open,
      to: '/incidents',
      suffix: grave ? `（重大及以上 ${grave}）` : undefined,
      danger: grave > 0,
    },
    {
      title: '事件超时',
      value: incidents.data?.overdue.length,
      to: '/incidents?overdue=true',
      danger: true,
    },
    {
      title: '本年安全事件否决',
      value: incidents.data?.securityVetoes,
      to: '/incidents',
      danger: true,
    },
    { title: '应开未开单位', value: uncovered, to: '/supervision/coverage', danger: true },
    {
      title: '假冒账号逾期未关停',
      value: fakes.data?.totalItems,
      to: '/counterfeits?takedownOverdue=true',
      danger: true,
    },
  ];

  return (
    <Row gutter={[16, 16]} data-testid="duty-figures">
      {figures.map((figure) => (
        <Col key={figure.title} xs={12} md={8} xl={4}>
          <Card size="small">
            <Link to={figure.to}>
              <Statistic
                title={figure.title}
                value={figure.value ?? '—'}
                suffix={figure.suffix}
                styles={{
                  content: figure.danger && figure.value ? { color: '#cf1322' } : undefined,
                }}
              />
            </Link>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
