import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';
import { AuditList } from './list';
import { signedLog } from './testLog';

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

describe('AuditList proofs', () => {
  it('shows the signed tree head and checks an event’s inclusion proof in the browser', async () => {
    const user = userEvent.setup();
    const { head, proof } = await signedLog(5, 2);
    const event = {
      id: 3,
      occurredAt: '2026-12-05T02:00:00Z',
      actor: 'city-admin',
      action: 'UPDATE',
    };
    renderApp([{ path: '/audit', element: <AuditList /> }], {
      path: '/audit',
      user: { username: 'auditor', roles: ['AUDITOR'] },
      api: (_request, path) => {
        if (path === '/api/v1/audit-events') return json(pageOf([event, { ...event, id: 4 }]));
        if (path === '/api/v1/audit-log/tree-head') return json(head);
        if (path === '/api/v1/audit-events/3/inclusion-proof') return json(proof);
        if (path === '/api/v1/audit-events/4/inclusion-proof')
          return json({ ...proof, eventId: 4, eventHash: '00'.repeat(32) });
        return undefined;
      },
    });
    expect(await screen.findByText('浏览器验签通过', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('5 条')).toBeInTheDocument();

    const [first, second] = await screen.findAllByRole('button', { name: /验证收录/ });
    await user.click(first);
    expect(await screen.findByText('已收录，验证通过')).toBeInTheDocument();
    await user.click(second);
    expect(await screen.findByText('收录证明不成立')).toBeInTheDocument();
  });
});
