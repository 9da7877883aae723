import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CounterfeitReferral, CounterfeitResponse, OrganizationNode } from '../../api/types';
import { json, pageOf, renderApp } from '../../test/http';
import { CounterfeitList } from './list';

const overdue: CounterfeitResponse = {
  id: 3,
  source: 'STAFF',
  status: 'CONFIRMED_FAKE',
  suspectPlatform: 'DOUYIN',
  suspectName: '崇川教育官方',
  impersonatedOrganizationId: 19,
  impersonatedOrganizationName: '南通市崇川区教育体育局',
  lead: '日常巡查中发现',
  openedBy: 'cc-operator',
  letterAvailable: true,
  takedownDeadline: '2026-12-01',
  takedownOverdue: true,
  createdAt: '2026-11-28T01:00:00Z',
  version: 1,
};
const referral: CounterfeitReferral = {
  id: 5,
  investigationId: 3,
  agency: 'PUBLIC_SECURITY',
  requestedOn: '2026-11-29',
  request: '向公安分局网安大队报案',
  recordedBy: 'cc-operator',
  createdAt: '2026-11-29T01:00:00Z',
  version: 0,
};
const tree: OrganizationNode[] = [
  {
    id: 19,
    code: 'CC-EDU',
    name: '南通市崇川区教育体育局',
    type: 'DEPARTMENT',
    level: 'COUNTY',
    children: [],
  } as unknown as OrganizationNode,
];

function renderPage(roles = ['OPERATOR']) {
  return renderApp(<CounterfeitList />, {
    path: '/counterfeits',
    user: { roles },
    api: (request, pathname) => {
      if (pathname === '/api/v1/counterfeits' && request.method === 'GET')
        return json(pageOf([overdue]));
      if (pathname === '/api/v1/counterfeits' && request.method === 'POST')
        return json({ ...overdue, id: 4, status: 'VERIFYING' }, 201);
      if (pathname === '/api/v1/counterfeits/3/referrals') return json([referral]);
      if (pathname === '/api/v1/counterfeits/3/referrals/5/outcome')
        return json({ ...referral, outcome: '已立案', outcomeOn: '2026-12-02', version: 1 });
      if (pathname === '/api/v1/organizations/tree') return json(tree);
      return undefined;
    },
  });
}

describe('CounterfeitList (Art 30)', () => {
  it('opens a lead found by staff with 新建线索', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage();
    await screen.findByText('工作人员发现');
    await user.click(screen.getByRole('button', { name: '新建线索' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('平台'));
    await user.click(await screen.findByTitle('抖音'));
    await user.type(within(dialog).getByLabelText('涉嫌假冒账号名称'), '崇川教育发布');
    await user.click(within(dialog).getByLabelText('被冒用单位'));
    await user.click(await screen.findByTitle('南通市崇川区教育体育局'));
    await user.type(within(dialog).getByLabelText('发现经过'), '日常巡查中发现');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({
      platform: 'DOUYIN',
      name: '崇川教育发布',
      impersonatedOrganizationId: 19,
      lead: '日常巡查中发现',
    });
  }, 30_000);

  it('follows up an overdue takedown and records what the police did', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage();
    const row = (await screen.findByText('崇川教育官方（抖音）')).closest('tr')!;
    expect(within(row).getByText('逾期未关停（期限 2026-12-01）')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /跟\s?进/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/平台逾期未关停/)).toBeInTheDocument();
    expect(await within(dialog).findByText('向公安分局网安大队报案')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '登记结果' }));
    const form = (await screen.findAllByRole('dialog')).at(-1)!;
    await user.type(within(form).getByLabelText('处理结果'), '已立案');
    await user.click(within(form).getByRole('button', { name: /保\s?存/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.clone().json()).toMatchObject({ outcome: '已立案', version: 0 });
  }, 30_000);

  it('hides 新建线索 from read-only roles', async () => {
    renderPage(['AUDITOR']);
    await screen.findByText('崇川教育官方（抖音）');
    expect(screen.queryByRole('button', { name: '新建线索' })).not.toBeInTheDocument();
  });
});
