import { Card, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { AccessKey } from '../../access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { AccountActivityList } from '../activity/accounts';
import { AssessmentPage } from '../assessment/assessment';
import { CoveragePage } from '../coverage/coverage';
import { MeasureList } from '../measure/measures';
import { OrganizationLeague } from '../activity/organizations';
import { SupervisionOverview } from '../activity/overview';
import { RepostTaskList } from '../reposts/list';
import { SpotCheckList } from '../spotcheck/spotChecks';
import { ChecklistPage } from '../checklist/list';
import { ExternalFindingList } from '../externalfindings/list';
import { LexiconPage } from '../lexicons/list';

export type SupervisionTab =
  | 'overview'
  | 'organizations'
  | 'accounts'
  | 'coverage'
  | 'spot-checks'
  | 'checklist'
  | 'external-findings'
  | 'lexicons'
  | 'measures'
  | 'reposts'
  | 'assessment';

const TABS: { key: SupervisionTab; label: string; access?: AccessKey }[] = [
  { key: 'overview', label: '监管总览' },
  { key: 'organizations', label: '单位排行' },
  { key: 'accounts', label: '账号监测' },
  { key: 'coverage', label: '开设覆盖' },
  { key: 'spot-checks', label: '季度抽查', access: 'canSpotChecks' },
  { key: 'checklist', label: '抽查检查项', access: 'canManageChecklist' },
  { key: 'external-findings', label: '国家省级检查', access: 'canExternalFindings' },
  { key: 'lexicons', label: '词库', access: 'canLexicons' },
  { key: 'measures', label: '处理措施' },
  { key: 'reposts', label: '转发任务' },
  { key: 'assessment', label: '年度考核' },
];

const pathOf = (tab: SupervisionTab) =>
  tab === 'overview' ? '/supervision' : `/supervision/${tab}`;

/**
 * 监管考核 (Art 19, 32–34): one tab per sub-route (/supervision/<tab>); the 统计日期 (asOf) of the
 * dashboards is kept in the address (?asOf=) so it survives switching tabs.
 */
export function SupervisionPage({ tab }: { tab: SupervisionTab }) {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const onAsOfChange = (next: string | undefined) =>
    setParams(next ? { asOf: next } : {}, { replace: true });

  const content: Record<SupervisionTab, () => ReactNode> = {
    overview: () => <SupervisionOverview asOf={asOf} onAsOfChange={onAsOfChange} />,
    organizations: () => <OrganizationLeague asOf={asOf} onAsOfChange={onAsOfChange} />,
    accounts: () => <AccountActivityList />,
    coverage: () => <CoveragePage />,
    'spot-checks': () => <SpotCheckList />,
    checklist: () => <ChecklistPage />,
    'external-findings': () => <ExternalFindingList />,
    lexicons: () => <LexiconPage />,
    measures: () => <MeasureList />,
    reposts: () => <RepostTaskList />,
    assessment: () => <AssessmentPage />,
  };

  return (
    <Card title="监管考核">
      <Tabs
        activeKey={tab}
        items={TABS.filter((item) => !item.access || access[item.access]).map(({ key, label }) => ({
          key,
          label,
        }))}
        onChange={(key) => {
          // the date goes along; a list's own filters and page stay with its tab
          void navigate(`${pathOf(key as SupervisionTab)}${asOf ? `?asOf=${asOf}` : ''}`);
        }}
      />
      {content[tab]()}
    </Card>
  );
}
