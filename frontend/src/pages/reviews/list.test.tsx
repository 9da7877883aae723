import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router';
import type { TicketResponse } from '../../api/types';
import { ReviewList } from './list';

const auth = vi.hoisted(() => ({ roles: ['REVIEWER'] as string[] }));

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({
    isAuthenticated: true,
    user: { profile: { roles: auth.roles, name: '测试用户', org_code: 'CC-EDU' } },
  }),
}));

const ticket = (
  id: number,
  title: string,
  status: TicketResponse['status'],
  nextStepRoles: TicketResponse['nextStepRoles'],
  plannedAt?: string,
): TicketResponse => ({
  id,
  accountId: 11,
  accountName: '崇川教育',
  author: 'cc-operator',
  title,
  body: '正文',
  bodyFormat: 'TEXT',
  classification: 'MAJOR',
  contentVersion: 1,
  createdAt: '2026-11-28T01:00:00Z',
  updatedAt: '2026-11-28T01:00:00Z',
  currentStep: status === 'IN_REVIEW' ? 1 : 0,
  decisions: [],
  hostOrganizationId: 19,
  nextStepRoles,
  origin: 'ORIGINAL',
  plannedAt,
  status,
  version: 0,
});

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/json' },
  });
}

let queries: URLSearchParams[] = [];

function renderList() {
  queries = [];
  vi.stubGlobal('fetch', (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/me')
      return Promise.resolve(json({ username: 'cc-reviewer', roles: auth.roles }));
    if (url.pathname === '/api/v1/accounts')
      return Promise.resolve(
        json({
          items: [{ id: 11, name: '崇川教育' }],
          page: 1,
          size: 100,
          totalItems: 1,
          totalPages: 1,
        }),
      );
    queries.push(url.searchParams);
    // the API filters: this stub answers 我的待审 with the one ticket awaiting a REVIEWER
    const items = [
      ticket(1, '运动会开幕', 'IN_REVIEW', ['REVIEWER']),
      ticket(2, '防汛通知', 'IN_REVIEW', ['PRINCIPAL_LEADER'], '2026-11-27T01:00:00Z'),
      ticket(3, '招生简章', 'DRAFT', []),
    ]
      .filter((t) => !url.searchParams.get('status') || t.status === url.searchParams.get('status'))
      .filter((t) => url.searchParams.get('awaitingMe') !== 'true' || t.id === 1);
    return Promise.resolve(
      json({ items, page: 1, size: 20, totalItems: items.length, totalPages: 1 }),
    );
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AntApp>
        <MemoryRouter>
          <ReviewList />
        </MemoryRouter>
      </AntApp>
    </QueryClientProvider>,
  );
}

describe('ReviewList', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists tickets in Chinese and asks the API for 我的待审', async () => {
    const user = userEvent.setup();
    renderList();

    const all = await screen.findByText('招生简章');
    const row = all.closest('tr') as HTMLElement;
    expect(within(row).getByText('草稿')).toBeInTheDocument();
    expect(within(row).getByText('重大敏感')).toBeInTheDocument();
    expect(screen.getByText('主要领导')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /撰\s*写/ })).toBeNull();

    await user.click(screen.getByRole('tab', { name: '我的待审' }));

    expect(await screen.findByText('运动会开幕')).toBeInTheDocument();
    expect(screen.queryByText('防汛通知')).toBeNull();
    expect(screen.queryByText('招生简章')).toBeNull();
    expect(queries.at(-1)?.get('awaitingMe')).toBe('true');
    expect(queries.at(-1)?.has('status')).toBe(false);
    expect(queries.at(-1)?.get('page')).toBe('1');
    expect(queries.at(-1)?.get('size')).toBe('20');
  });

  it('sends 分级 and 逾期 to the API and flags overdue tickets', async () => {
    const user = userEvent.setup();
    renderList();

    const overdue = (await screen.findByText('防汛通知')).closest('tr') as HTMLElement;
    expect(within(overdue).getByText('逾期')).toBeInTheDocument();
    expect(within(overdue).getByText(/^2026-11-27 /)).toBeInTheDocument();
    expect(queries.at(-1)?.has('classification')).toBe(false);
    expect(queries.at(-1)?.has('overdue')).toBe(false);

    await user.click(screen.getByRole('combobox', { name: '分级' }));
    await user.click(await screen.findByTitle('重要'));
    await waitFor(() => expect(queries.at(-1)?.get('classification')).toBe('IMPORTANT'));

    await user.click(screen.getByRole('checkbox', { name: '逾期' }));
    await waitFor(() => expect(queries.at(-1)?.get('overdue')).toBe('true'));
    expect(queries.at(-1)?.get('classification')).toBe('IMPORTANT');
    expect(queries.at(-1)?.get('page')).toBe('1');

    await user.click(screen.getByRole('checkbox', { name: '逾期' }));
    await waitFor(() => expect(queries.at(-1)?.has('overdue')).toBe(false));
  });
});
