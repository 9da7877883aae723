import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router';
import type { DeliveryResponse, SyncAlert } from '../../api/types';
import { SyncPage } from './list';

const auth = vi.hoisted(() => ({ roles: ['CITY_ADMIN'] as string[] }));

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({
    isAuthenticated: true,
    user: { profile: { roles: auth.roles, name: '测试用户', org_code: 'NT-GOV-OFFICE' } },
  }),
}));

const delivery = (
  id: number,
  name: string,
  status: DeliveryResponse['status'],
): DeliveryResponse => ({
  id,
  kind: 'FILING',
  filingId: id + 40,
  accountName: name,
  idempotencyKey: `filing-${id + 40}`,
  status,
  attempts: status === 'DEAD' ? 8 : 1,
  createdAt: '2026-11-28T01:00:00Z',
  nextAttemptAt: '2026-11-28T02:00:00Z',
  lastError: status === 'DEAD' ? 'HTTP 503: retry later' : undefined,
  receiptNumber: status === 'DELIVERED' ? 'JS2026112800042' : undefined,
  deliveredAt: status === 'DELIVERED' ? '2026-11-28T01:05:00Z' : undefined,
});

const overdue: SyncAlert = {
  filingId: 42,
  type: 'OPEN',
  filingStatus: 'APPROVED',
  accountName: '崇川教育发布',
  hostOrganizationName: '南通市崇川区教育体育局',
  provincialDeadline: '2026-11-20',
  level: 'OVERDUE',
  message: '备案“崇川教育发布”须于 2026-11-20 前报送省级系统，已逾期',
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

let requests: Request[] = [];

function renderPage(alerts: SyncAlert[] = [overdue]) {
  requests = [];
  vi.stubGlobal('fetch', (request: Request) => {
    requests.push(request);
    const { pathname } = new URL(request.url);
    if (pathname === '/api/v1/me')
      return Promise.resolve(json({ username: 'city-admin', roles: auth.roles }));
    if (pathname === '/api/v1/sync/deliveries')
      return Promise.resolve(
        json({
          items: [delivery(1, '崇川教育发布', 'DEAD'), delivery(2, '崇川教育抖音', 'DELIVERED')],
          page: 1,
          size: 20,
          totalItems: 2,
          totalPages: 1,
        }),
      );
    if (pathname === '/api/v1/sync/deliveries/1/retry')
      return Promise.resolve(json({ ...delivery(1, '崇川教育发布', 'PENDING'), attempts: 0 }));
    if (pathname === '/api/v1/sync/alerts') return Promise.resolve(json(alerts));
    return Promise.resolve(json({ title: '不存在', status: 404 }, 404));
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AntApp>
        <MemoryRouter>
          <SyncPage />
        </MemoryRouter>
      </AntApp>
    </QueryClientProvider>,
  );
}

describe('SyncPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('offers 重新报送 on a dead delivery only, and posts the retry', async () => {
    auth.roles = ['CITY_ADMIN'];
    const user = userEvent.setup();
    renderPage();

    const deadRow = (await screen.findByText('崇川教育发布')).closest('tr')!;
    expect(within(deadRow).getByText('报送失败')).toHaveClass('ant-tag-error');
    const deliveredRow = screen.getByText('崇川教育抖音').closest('tr')!;
    expect(within(deliveredRow).getByText('已报送')).toBeInTheDocument();
    expect(within(deliveredRow).getByText('JS2026112800042')).toBeInTheDocument();
    expect(within(deliveredRow).queryByRole('button', { name: '重新报送' })).toBeNull();

    await user.click(within(deadRow).getByRole('button', { name: '重新报送' }));
    expect(await screen.findByText('已重新加入报送队列')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/sync/deliveries/1/retry');
  }, 60_000);

  it('hides 重新报送 from an auditor', async () => {
    auth.roles = ['AUDITOR'];
    renderPage();
    expect(await screen.findByText('崇川教育发布')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '重新报送' })).toBeNull();
  });

  it('shows an OVERDUE alert in red with its count on the tab and a link to the filing', async () => {
    auth.roles = ['SUPERVISOR'];
    const user = userEvent.setup();
    renderPage();

    const tab = await screen.findByRole('tab', { name: /期限预警/ });
    expect(await within(tab).findByText('1')).toBeInTheDocument();
    await user.click(tab);
    const alert = await screen.findByText(overdue.message);
    const box = alert.closest('.ant-alert')!;
    expect(box).toHaveClass('ant-alert-error');
    expect(within(box as HTMLElement).getByRole('link', { name: '查看备案' })).toHaveAttribute(
      'href',
      '/filings/42',
    );
  }, 60_000);

  it('shows 暂无预警 without alerts', async () => {
    auth.roles = ['CITY_ADMIN'];
    const user = userEvent.setup();
    renderPage([]);
    await user.click(await screen.findByRole('tab', { name: /期限预警/ }));
    expect(await screen.findByText('暂无预警')).toBeInTheDocument();
  });
});
