import { screen } from '@testing-library/react';
import type { Overview } from '../../api/types';
import { json, renderApp } from '../../test/http';
import { SupervisionPage } from './index';

// jsdom has no canvas: the chart stands in as its label
vi.mock('../../components/EChart', () => ({
  default: ({ label }: { label: string }) => <div data-testid="chart">{label}</div>,
}));

const overview: Overview = {
  asOf: '2026-11-01',
  activity: { live: 12, silent: 3, dormant: 1, vetoed: 2 },
  byStatus: [{ key: 'ACTIVE', count: 12 }],
  byPlatform: [{ key: 'WEIBO', count: 12 }],
  overdueFilings: 4,
  overdueDeliveries: 0,
  overdueReplies: 5,
  trend: [],
};

function renderPage(roles: string[], body: Overview) {
  const { requests } = renderApp(
    [{ path: '/supervision', element: <SupervisionPage tab="overview" /> }],
    {
      path: '/supervision?asOf=2026-11-01',
      user: { roles, orgCode: 'NT-GOV-OFFICE' },
      api: (_request, path) => {
        if (path === '/api/v1/supervision/overview') return json(body);
        if (path === '/api/v1/duty-shifts/now') return json([{ id: 1 }, { id: 2 }]);
        if (path === '/api/v1/incidents/attention')
          return json({
            openByGrade: { MAJOR: 1, GENERAL: 2 },
            securityVetoes: 1,
            overdue: [{ id: 5 }],
          });
        if (path === '/api/v1/counterfeits')
          return json({ items: [], page: 1, size: 1, totalItems: 2, totalPages: 2 });
        if (path === '/api/v1/coverage/counties')
          return json([{ countyName: '崇川区', obliged: 20, covered: 17, uncovered: 3 }]);
        return undefined;
      },
    },
  );
  return requests;
}

describe('SupervisionPage', () => {
  it('shows the overview figures and charts for the date in the address', async () => {
    const week = { weekStarting: '2026-10-26', snapshotDay: '2026-11-01' };
    const trend = [{ ...week, accounts: 12, silent: 3, dormant: 1, vetoed: 2 }];
    const requests = renderPage(['AUDITOR'], { ...overview, trend });

    expect(await screen.findAllByTestId('chart')).toHaveLength(3);
    const figures = screen.getByTestId('overview-figures');
    expect(figures).toHaveTextContent('正常运行账号12');
    expect(figures).toHaveTextContent('触发单项否决2');
    expect(figures).toHaveTextContent('备案逾期未审核4');
    expect(figures).toHaveTextContent('通过后逾期未报送0');
    expect(figures).toHaveTextContent('留言回复逾期5');
    const duty = screen.getByTestId('duty-figures');
    await vi.waitFor(() => expect(duty).toHaveTextContent('未结事件3（重大及以上 1）'));
    expect(duty).toHaveTextContent('当前值班单位2');
    expect(duty).toHaveTextContent('事件超时1');
    expect(duty).toHaveTextContent('本年安全事件否决1');
    expect(duty).toHaveTextContent('应开未开单位3');
    expect(duty).toHaveTextContent('假冒账号逾期未关停2');
    const call = requests.find((r) => r.url.includes('/supervision/overview'))!;
    expect(new URL(call.url).searchParams.get('asOf')).toBe('2026-11-01');
    expect(screen.getByRole('tab', { name: '季度抽查' })).toBeInTheDocument();
  });

  it('shows a supervisor the 季度抽查 tab of their own checks (Art 32.2) but not the checklist, and no empty trend', async () => {
    renderPage(['SUPERVISOR'], overview);
    expect(await screen.findByRole('tab', { name: '单位排行' })).toBeInTheDocument();
    // no snapshots yet: no trend chart
    expect(await screen.findAllByTestId('chart')).toHaveLength(2);
    expect(screen.getByText('暂无每日快照（由夜间任务生成）')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '季度抽查' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '抽查检查项' })).toBeNull();
    expect(screen.queryByRole('tab', { name: '国家省级检查' })).toBeNull();
  });
});
