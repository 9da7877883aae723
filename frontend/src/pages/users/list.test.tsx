import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OrganizationNode, UserResponse } from '../../api/types';
import { json, renderApp } from '../../test/http';
import { UserList } from './list';

const node = (
  id: number,
  name: string,
  type: OrganizationNode['type'],
  children: OrganizationNode[] = [],
): OrganizationNode => ({
  id,
  code: `ORG-${id}`,
  name,
  type,
  level: id === 1 ? 'CITY' : 'COUNTY',
  divisionCode: '320613',
  children,
});

const tree = [
  node(7, '南通市崇川区人民政府', 'GOVERNMENT', [
    node(8, '南通市崇川区人民政府办公室', 'GOVERNMENT_OFFICE'),
    node(19, '南通市崇川区教育体育局', 'DEPARTMENT'),
  ]),
];

const user = (id: number, username: string, roles: UserResponse['roles']): UserResponse => ({
  id,
  username,
  displayName: username === 'city-admin' ? '市政府办管理员' : '王敏',
  organization: { id: 19, code: 'CC-EDU', name: '南通市崇川区教育体育局' },
  roles,
  status: 'ACTIVE',
  mustChangePassword: true,
  mfaEnrolled: false,
  createdAt: '2026-12-01T02:00:00Z',
  updatedAt: '2026-12-01T02:00:00Z',
  version: 0,
});

const operator = user(12, 'cc-edu-wangmin', ['OPERATOR']);
const admin = user(1, 'city-admin', ['CITY_ADMIN']);

function renderPage(roles: string[]) {
  const { requests } = renderApp([{ path: '/users', element: <UserList /> }], {
    path: '/users',
    user: { username: 'cc-supervisor', roles, orgCode: 'CC-GOV-OFFICE' },
    api: (request, path) => {
      if (path === '/api/v1/organizations/tree') return json(tree);
      if (path === '/api/v1/users' && request.method === 'GET')
        return json({ items: [admin, operator], page: 1, size: 20, totalItems: 2, totalPages: 1 });
      if (path === '/api/v1/users' || path === '/api/v1/users/12/password-reset')
        return json(
          { user: operator, oneTimePassword: 'h7K#pQ2m@Wx9Rt4z' },
          path.endsWith('reset') ? 200 : 201,
        );
      return undefined;
    },
  });
  return requests;
}

describe('UserList', () => {
  it('lists users with their organization, roles and status, and searches by name', async () => {
    const requests = renderPage(['CITY_ADMIN']);
    const table = await screen.findByRole('table');
    const row = (await within(table).findByText('cc-edu-wangmin')).closest('tr')!;
    expect(within(row as HTMLElement).getByText('南通市崇川区教育体育局')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('运维人员')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('正常')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('待改密码')).toBeInTheDocument();

    await userEvent
      .setup()
      .type(screen.getByRole('searchbox', { name: '搜索用户' }), '王敏{Enter}');
    await waitFor(() =>
      expect(requests.map((r) => new URL(r.url).searchParams.get('q'))).toContain('王敏'),
    );
  });

  it('lets a supervisor create a user with the roles it may grant and shows the password once', async () => {
    const requests = renderPage(['SUPERVISOR']);
    const actor = userEvent.setup();
    await screen.findByText('cc-edu-wangmin');
    await actor.click(screen.getByRole('button', { name: /新建用户/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText('市级管理员')).not.toBeInTheDocument();
    expect(within(dialog).queryByLabelText('审计员')).not.toBeInTheDocument();

    await actor.type(within(dialog).getByLabelText('用户名'), 'cc-edu-wangmin');
    await actor.type(within(dialog).getByLabelText('姓名'), '王敏');
    await actor.click(within(dialog).getByLabelText('所在单位'));
    await actor.click(await screen.findByTitle('南通市崇川区教育体育局'));
    // a department cannot hold the competent authority's role
    await waitFor(() =>
      expect(within(dialog).queryByLabelText('主管单位')).not.toBeInTheDocument(),
    );
    await actor.click(within(dialog).getByLabelText('运维人员'));
    await actor.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    const password = await screen.findByTestId('one-time-password');
    expect(password).toHaveTextContent('h7K#pQ2m@Wx9Rt4z');
    expect(screen.getByText('仅显示一次')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /复制密码/ })).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(await post!.clone().json()).toEqual({
      username: 'cc-edu-wangmin',
      displayName: '王敏',
      organizationId: 19,
      roles: ['OPERATOR'],
    });
    await actor.click(screen.getByRole('button', { name: '我已记下' }));
    await waitFor(() => expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument());
  });

  it('keeps a supervisor away from a city administrator and resets an operator password', async () => {
    renderPage(['SUPERVISOR']);
    const actor = userEvent.setup();
    const adminRow = (await screen.findByText('city-admin')).closest('tr') as HTMLElement;
    expect(within(adminRow).queryByRole('button')).not.toBeInTheDocument();

    const operatorRow = screen.getByText('cc-edu-wangmin').closest('tr') as HTMLElement;
    await actor.click(within(operatorRow).getByRole('button', { name: /重置密码/ }));
    await actor.click(await screen.findByRole('button', { name: /^重\s?置$/ }));
    expect(await screen.findByTestId('one-time-password')).toHaveTextContent('h7K#pQ2m@Wx9Rt4z');
  });
});
