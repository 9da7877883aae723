import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';
import { AuditList } from './list';

describe('AuditList', () => {
  it('searches what the address says and 重置 clears it from the address too', async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp([{ path: '/audit', element: <AuditList /> }], {
      path: '/audit?actor=city-admin&page=2',
      user: { username: 'auditor', roles: ['AUDITOR'] },
      api: (_request, path) => (path === '/api/v1/audit-events' ? json(pageOf([])) : undefined),
    });
    await waitFor(() => expect(lastQuery(requests, '/api/v1/audit-events').get('page')).toBe('2'));
    expect(lastQuery(requests, '/api/v1/audit-events').get('actor')).toBe('city-admin');
    expect(await screen.findByLabelText('操作人')).toHaveValue('city-admin');

    await user.click(screen.getByRole('button', { name: /重\s?置/ }));
    await waitFor(() =>
      expect(lastQuery(requests, '/api/v1/audit-events').has('actor')).toBe(false),
    );
    expect(lastQuery(requests, '/api/v1/audit-events').get('page')).toBe('1');
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('操作人')).toHaveValue('');
  });
});
