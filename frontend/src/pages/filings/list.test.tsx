import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FilingResponse } from '../../api/types';
import { FilingList } from './list';
import { json, pageOf, renderApp } from '../../test/http';

const filing = (
  id: number,
  name: string,
  state: FilingResponse['deadlineState'],
  deadline: string,
): FilingResponse => ({
  id,
  type: 'OPEN',
  status: 'SUBMITTED',
  accountId: id + 100,
  accountName: name,
  platform: 'WECHAT_OFFICIAL',
  hostOrganizationId: 19,
  hostOrganizationName: '南通市崇川区教育体育局',
  authorityOrganizationId: 8,
  authorityOrganizationName: '南通市崇川区人民政府办公室',
  legacy: false,
  filedLate: false,
  receivedOn: '2026-01-05',
  provincialDeadline: deadline,
  deadlineState: state,
  submittedAt: '2026-01-05T01:00:00Z',
  submittedBy: 'cc-operator',
  warnings: [],
  version: 0,
});

let requests: Request[] = [];

function renderList(roles: string[]) {
  ({ requests } = renderApp(<FilingList />, {
    user: { username: 'cc-supervisor', roles, orgCode: 'CC-GOV-OFFICE' },
    api: (_request, path) => {
      if (path === '/api/v1/filings')
        return json(
          pageOf([
            filing(1, '崇川教育发布', 'OVERDUE', '2026-01-08'),
            filing(2, '崇川教育抖音', 'DUE_SOON', '2099-01-01'),
          ]),
        );
      if (path === '/api/v1/filings/1/decisions')
        return json({ ...filing(1, '崇川教育发布', undefined, ''), status: 'RETURNED' });
      return undefined;
    },
  }));
}

describe('FilingList', () => {
  it('opens 待我审核 for a supervisor with deadline tags, and a return needs a reason', async () => {
    const user = userEvent.setup();
    renderList(['SUPERVISOR']);

    expect(await screen.findByRole('tab', { name: '待我审核', selected: true })).toBeVisible();
    const overdueRow = (await screen.findByText('崇川教育发布')).closest('tr')!;
    expect(within(overdueRow).getByTestId('deadline-tag')).toHaveTextContent(/^已逾期 \d+ 天$/);
    expect(within(overdueRow).getByTestId('deadline-tag')).toHaveClass('ant-tag-red');
    const soonRow = screen.getByText('崇川教育抖音').closest('tr')!;
    expect(within(soonRow).getByTestId('deadline-tag')).toHaveClass('ant-tag-orange');
    const list = requests.find((r) => new URL(r.url).pathname === '/api/v1/filings')!;
    expect(new URL(list.url).searchParams.get('status')).toBe('SUBMITTED');
    expect(new URL(list.url).searchParams.get('decidableByMe')).toBe('true');

    await user.click(within(overdueRow).getByRole('button', { name: /审\s?核/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('退回'));
    await user.click(within(dialog).getByRole('button', { name: '提交审核' }));
    expect(await within(dialog).findByText('退回须填写理由')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(within(dialog).getByLabelText('退回理由'));
    await user.paste('认证主体有误');
    await user.click(within(dialog).getByRole('button', { name: '提交审核' }));
    expect(await screen.findByText('备案已退回')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ decision: 'RETURN', reason: '认证主体有误' });
  }, 60_000); // antd's modal and table are slow in jsdom on a busy machine

  it('shows neither the tab nor 审核 to an operator, but the OPEN button', async () => {
    renderList(['OPERATOR']);
    expect(await screen.findByText('崇川教育发布')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '待我审核' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /审\s?核/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新建开设备案/ })).toBeInTheDocument();
  });
});
