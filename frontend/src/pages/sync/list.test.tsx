import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DeliveryResponse, SyncAlert } from '../../api/types';
import { SyncPage } from './list';
import { json, pageOf, renderApp } from '../../test/http';

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

let requests: Request[] = [];

function renderPage(roles: string[], alerts: SyncAlert[] = [overdue], deliveryEnabled = true) {
  ({ requests } = renderApp(<SyncPage />, {
    user: { username: 'city-admin', roles, orgCode: 'NT-GOV-OFFICE' },
    api: (_request, path) => {
      if (path === '/api/v1/sync/deliveries')
        return json(
          pageOf([delivery(1, '崇川教育发布', 'DEAD'), delivery(2, '崇川教育抖音', 'DELIVERED')]),
        );
      if (path === '/api/v1/sync/deliveries/1/retry')
        return json({ ...delivery(1, '崇川教育发布', 'PENDING'), attempts: 0 });
      if (path === '/api/v1/sync/alerts') return json(alerts);
      if (path === '/api/v1/sync/status')
        return json({
          deliveryEnabled,
          message: deliveryEnabled ? '省级报送已开启' : '省级报送未开启：尚未配置',
        });
      return undefined;
    },
  }));
}

describe('SyncPage', () => {
  it('offers 重新报送 on a dead delivery only, and posts the retry', async () => {
    const user = userEvent.setup();
    renderPage(['CITY_ADMIN']);

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

  it('says when delivery to the province is switched off, and not when it is on', async () => {
    renderPage(['AUDITOR'], [], false);
    expect(await screen.findByTestId('delivery-off')).toHaveTextContent('省级报送未开启：尚未配置');
  });

  it('hides 重新报送 from an auditor', async () => {
    renderPage(['AUDITOR']);
    expect(await screen.findByText('崇川教育发布')).toBeInTheDocument();
    expect(screen.queryByTestId('delivery-off')).toBeNull();
    expect(screen.queryByRole('button', { name: '重新报送' })).toBeNull();
  });

  it('shows an OVERDUE alert in red with its count on the tab and a link to the filing', async () => {
    const user = userEvent.setup();
    renderPage(['SUPERVISOR']);

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
    const user = userEvent.setup();
    renderPage(['CITY_ADMIN'], []);
    await user.click(await screen.findByRole('tab', { name: /期限预警/ }));
    expect(await screen.findByText('暂无预警')).toBeInTheDocument();
  });
});
