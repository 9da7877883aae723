import { Card, Col, Row, Statistic, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { CheckList } from './checks';
import { DeviceList } from './devices';
import { DocumentList } from './documents';
import { useSecurityOverdue } from './queries';

const TABS = [
  { key: 'documents', label: '制度与预案', children: <DocumentList /> },
  { key: 'devices', label: '登录终端', children: <DeviceList /> },
  { key: 'checks', label: '安全检查', children: <CheckList /> },
];

/** The due and overdue security items of the caller's subtree (Art 27.1, 27.3, 29.1). */
export function SecurityOverdueFigures() {
  const overdue = useSecurityOverdue();
  const data = overdue.data;
  const figures = [
    { title: '制度预案未建', value: data?.documentsMissing },
    { title: '复审即将到期', value: data?.documentsDueSoon, warn: true },
    { title: '复审已逾期', value: data?.documentsOverdue },
    { title: '终端逾期未检', value: data?.devicesOverdue },
    { title: '安全整改逾期', value: data?.rectificationsOverdue },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="security-overdue">
      {figures.map((figure) => (
        <Col key={figure.title} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={figure.title}
              value={figure.value ?? '—'}
              loading={overdue.isLoading}
              styles={{
                content: figure.value ? { color: figure.warn ? '#d46b08' : '#cf1322' } : undefined,
              }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** 安全台账 (Art 27.1, 27.3, 29.1): documents, login devices and security checks, one tab each. */
export function SecurityPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'documents';
  return (
    <Card title="安全台账">
      <SecurityOverdueFigures />
      <Tabs
        activeKey={tab}
        destroyOnHidden
        items={TABS}
        onChange={(key) => setParams(key === 'documents' ? {} : { tab: key }, { replace: true })}
      />
    </Card>
  );
}
