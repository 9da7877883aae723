import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';
import { AccountList } from './list';

function renderList(path: string) {
  return renderApp([{ path: '/accounts', element: <AccountList /> }], {
    path,
    user: { username: 'cc-operator', roles: ['OPERATOR'] },
    api: (_request, pathname) => {
      if (pathname === '/api/v1/organizations/tree') return json([]);
      if (pathname === '/api/v1/accounts')
        return json({ ...pageOf([]), page: 2, totalItems: 41, totalPages: 3 });
      return undefined;
    },
  });
}

describe('AccountList', () => {
  it('shows the filters, page and sort of the address and asks the API for them', async () => {
    const { requests } = renderList('/accounts?platform=WEIBO&overdue=true&page=2&sort=name,desc');
    expect(await screen.findByText('共 41 个账号')).toBeInTheDocument();
    const query = lastQuery(requests, '/api/v1/accounts');
    expect(Object.fromEntries(query)).toMatchObject({
      platform: 'WEIBO',
      overdue: 'true',
      page: '2',
      size: '20',
      sort: 'name,desc',
    });
    const filters = screen.getByRole('combobox', { name: '平台' }).closest('form')!;
    expect(within(filters).getByTitle('微博')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: '仅看逾期' })).toBeChecked();
    expect(screen.getByRole('columnheader', { name: /账号名称/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('starts again at page 1 when a filter changes, keeping the others', async () => {
    const user = userEvent.setup();
    const { requests, router } = renderList('/accounts?platform=WEIBO&page=3');
    await screen.findByText('共 41 个账号');

    await user.click(screen.getByRole('switch', { name: '仅看逾期' }));
    await waitFor(() =>
      expect(lastQuery(requests, '/api/v1/accounts').get('overdue')).toBe('true'),
    );
    expect(lastQuery(requests, '/api/v1/accounts').get('page')).toBe('1');
    expect(lastQuery(requests, '/api/v1/accounts').get('platform')).toBe('WEIBO');
    expect(router.state.location.search).toBe('?platform=WEIBO&overdue=true');
  });
});
