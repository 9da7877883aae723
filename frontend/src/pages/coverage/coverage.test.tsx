import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CountyCoverage, CoverageGap } from '../../api/types';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';
import { CoveragePage } from './coverage';

const counties: CountyCoverage[] = [
  {
    divisionCode: '320613',
    countyName: '南通市崇川区人民政府',
    obliged: 3,
    covered: 2,
    uncovered: 1,
  },
  { divisionCode: '320623', countyName: '如东县人民政府', obliged: 2, covered: 2, uncovered: 0 },
];
const gap: CoverageGap = {
  organizationId: 20,
  organizationCode: 'CC-HEALTH',
  organizationName: '南通市崇川区卫生健康委员会',
  divisionCode: '320613',
  countyName: '南通市崇川区人民政府',
  pendingAccounts: 1,
};

function renderPage(path: string) {
  return renderApp(<CoveragePage />, {
    path,
    user: { roles: ['SUPERVISOR'] },
    api: (_request, pathname) => {
      if (pathname === '/api/v1/coverage/counties') return json(counties);
      if (pathname === '/api/v1/coverage/gaps') return json(pageOf([gap]));
      return undefined;
    },
  });
}

describe('CoveragePage (Art 11)', () => {
  it('shows each county’s coverage and the obliged units that run no account, as the address says', async () => {
    const { requests } = renderPage('/supervision/coverage?platform=DOUYIN');

    const county = (await screen.findByText('如东县人民政府')).closest('tr')!;
    expect(within(county).getByText('0')).toHaveClass('ant-tag-green');
    const row = (await screen.findByText('南通市崇川区卫生健康委员会')).closest('tr')!;
    expect(within(row).getByText('审批中')).toBeInTheDocument();
    expect(screen.getByText('应开未开 1 个单位')).toBeInTheDocument();
    expect(lastQuery(requests, '/api/v1/coverage/counties').get('platform')).toBe('DOUYIN');
    expect(lastQuery(requests, '/api/v1/coverage/gaps').get('platform')).toBe('DOUYIN');
  });

  it('narrows the list to a county when its uncovered count is clicked', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage('/supervision/coverage');

    await user.click(await screen.findByRole('button', { name: '1' }));
    await vi.waitFor(() =>
      expect(lastQuery(requests, '/api/v1/coverage/gaps').get('divisionCode')).toBe('320613'),
    );
  });
});
