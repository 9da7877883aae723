import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import type { SupervisionJob } from '../../api/types';
import { jobOf } from '../../test/fixtures';
import { json, renderApp } from '../../test/http';
import { quarterOf } from './values';
import { todayInShanghai } from '../../utils/dates';
import { SpotCheckList } from './spotChecks';

const sampling = (status: SupervisionJob['status']) =>
  jobOf(status, {
    id: 12,
    kind: 'SPOT_CHECK_SAMPLE',
    step: status === 'SUCCEEDED' ? '抽样完成' : '正在分层抽样',
    spotCheckId: status === 'SUCCEEDED' ? 6 : undefined,
  });

function Opened() {
  return <div data-testid="opened">抽查 {useParams().id}</div>;
}

describe('SpotCheckList', () => {
  it('draws the sample as a job, shows its progress and opens the check it created', async () => {
    let polls = 0;
    const user = userEvent.setup();
    const { requests } = renderApp(
      [
        { path: '/supervision/spot-checks', element: <SpotCheckList /> },
        { path: '/supervision/spot-checks/:id', element: <Opened /> },
      ],
      {
        path: '/supervision/spot-checks',
        user: { username: 'city-admin', roles: ['CITY_ADMIN'], orgCode: 'NT-GOV-OFFICE' },
        api: (_request, path) => {
          if (path === '/api/v1/spot-checks') return json([]);
          if (path === '/api/v1/supervision/jobs') return json(sampling('QUEUED'), 202);
          if (path === '/api/v1/supervision/jobs/12')
            return json(++polls === 1 ? sampling('RUNNING') : sampling('SUCCEEDED'));
          return undefined;
        },
      },
    );

    expect(await screen.findByText('尚未发起抽查')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /发起本级抽查/ }));
    const dialog = await screen.findByRole('dialog');
    const quarter = within(dialog).getByLabelText('季度');
    expect(quarter).toHaveValue(quarterOf(todayInShanghai()));

    await user.clear(quarter);
    await user.type(quarter, '2026Q3');
    await user.click(within(dialog).getByRole('button', { name: /抽\s?样/ }));
    expect(await within(dialog).findByText('格式应为 2026-Q4')).toBeInTheDocument();

    await user.clear(quarter);
    await user.type(quarter, '2026-Q3');
    await user.type(within(dialog).getByLabelText('随机种子'), '42');
    await user.click(within(dialog).getByRole('button', { name: /抽\s?样/ }));

    expect(await within(dialog).findByText(/正在分层抽样/)).toBeInTheDocument();
    expect(await screen.findByTestId('opened', {}, { timeout: 5000 })).toHaveTextContent('抽查 6');
    const start = requests.find((r) => r.method === 'POST')!;
    expect(await start.clone().json()).toEqual({
      kind: 'SPOT_CHECK_SAMPLE',
      quarter: '2026-Q3',
      seed: 42,
    });
    expect(polls).toBe(2);
  }, 60_000);

  it('shows a county supervisor the county checks and the reminder of a quarter without its check (Art 32.2)', async () => {
    renderApp([{ path: '/supervision/spot-checks', element: <SpotCheckList /> }], {
      path: '/supervision/spot-checks',
      user: { username: 'cc-supervisor', roles: ['SUPERVISOR'], orgCode: 'CC-GOV-OFFICE' },
      api: (_request, path) => {
        if (path === '/api/v1/spot-checks')
          return json([
            {
              id: 7,
              quarter: '2026-Q2',
              organizationId: 6,
              organizationName: '南通市崇川区人民政府',
              cityWide: false,
              seed: 5,
              samplePercent: 10,
              population: 15,
              status: 'CLOSED',
              samplingMethod: '按账号编号排序本辖区全部正常运行账号。',
              createdBy: 'cc-supervisor',
              createdAt: '2026-05-01T02:00:00Z',
              accounts: [],
            },
          ]);
        if (path === '/api/v1/spot-checks/missing')
          return json([
            {
              organizationId: 6,
              organizationName: '南通市崇川区人民政府',
              officeName: '南通市崇川区人民政府办公室',
              quarter: '2026-Q3',
            },
          ]);
        return undefined;
      },
    });
    expect(await screen.findByTestId('spot-check-reminder')).toHaveTextContent(
      '2026-Q3 季度已结束，以下单位尚未开展本级抽查：南通市崇川区人民政府',
    );
    const row = (await screen.findByText('2026-Q2 季度抽查')).closest('tr')!;
    expect(row).toHaveTextContent('本级自查');
    expect(screen.getByRole('button', { name: /发起本级抽查/ })).toBeInTheDocument();
  });
});
