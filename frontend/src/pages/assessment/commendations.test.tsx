import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Commendation, OrganizationNode } from '../../api/types';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';
import { Commendations } from './commendations';

const person: Commendation = {
  id: 1,
  year: 2025,
  kind: 'PERSON',
  organizationId: 19,
  organizationName: '南通市崇川区教育体育局',
  personName: '王敏',
  reason: '全年原创发布 312 篇',
  decidedOn: '2026-01-15',
  recordedBy: 'cc-supervisor',
  createdAt: '2026-01-15T02:00:00Z',
  version: 0,
};
const tree = [
  { id: 19, code: 'CC-EDU', name: '南通市崇川区教育体育局', type: 'DEPARTMENT', children: [] },
] as unknown as OrganizationNode[];

function renderSection(roles: string[]) {
  return renderApp(<Commendations year={2025} />, {
    path: '/supervision/assessment',
    user: { roles },
    api: (request, pathname) => {
      if (pathname === '/api/v1/commendations' && request.method === 'GET')
        return json(pageOf([person]));
      if (pathname === '/api/v1/commendations' && request.method === 'POST')
        return json({ ...person, id: 2, kind: 'UNIT', personName: undefined }, 201);
      if (pathname === '/api/v1/organizations/tree') return json(tree);
      return undefined;
    },
  });
}

describe('Commendations (Art 33.1)', () => {
  it('lists the year’s commendations and records one for a unit', async () => {
    const user = userEvent.setup();
    const { requests } = renderSection(['SUPERVISOR']);
    const row = (await screen.findByRole('cell', { name: '王敏' })).closest('tr')!;
    expect(within(row).getByText('全年原创发布 312 篇')).toBeInTheDocument();
    expect(lastQuery(requests, '/api/v1/commendations').get('year')).toBe('2025');

    await user.click(screen.getByRole('button', { name: '记录表彰' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('表彰单位'));
    await user.click(await screen.findByTitle('南通市崇川区教育体育局'));
    await user.type(within(dialog).getByLabelText('表彰事由'), '留言办结率 100%');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    const body = (await post.clone().json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      year: 2025,
      kind: 'UNIT',
      organizationId: 19,
      reason: '留言办结率 100%',
    });
    expect(body.personName).toBeUndefined();
  }, 30_000);

  it('shows the list without 记录表彰 or 删除 to an operator', async () => {
    renderSection(['OPERATOR']);
    await screen.findByRole('cell', { name: '王敏' });
    expect(screen.queryByRole('button', { name: '记录表彰' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /删\s?除/ })).not.toBeInTheDocument();
  });
});
