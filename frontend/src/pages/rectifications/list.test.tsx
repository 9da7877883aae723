import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FindingResponse } from '../../api/types';
import { RectificationList } from './list';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';

const finding: FindingResponse = {
  id: 7,
  findingId: 'JS-F-2026-0001',
  accountId: 101,
  accountName: '崇川教育发布',
  hostOrganizationId: 19,
  hostOrganizationName: '南通市崇川区教育体育局',
  category: 'NO_UPDATE_TWO_WEEKS',
  veto: true,
  description: '检查日前两周内未更新',
  foundOn: '2026-01-02',
  receivedAt: '2026-01-02T02:00:00Z',
  rectificationDeadline: '2026-01-09',
  status: 'OPEN',
  source: 'PROVINCE',
};

let requests: Request[] = [];

function renderList(roles: string[], path = '/rectifications') {
  ({ requests } = renderApp(<RectificationList />, {
    path,
    user: { username: 'cc-operator', roles },
    api: (_request, path) => {
      if (path === '/api/v1/rectifications') return json(pageOf([finding]));
      if (path === '/api/v1/rectifications/7/completion')
        return json({ ...finding, status: 'RECTIFIED', evidence: '已恢复每周更新' });
      return undefined;
    },
  }));
}

describe('RectificationList', () => {
  it('labels the finding, flags the past deadline, and requires evidence before posting', async () => {
    const user = userEvent.setup();
    renderList(['OPERATOR']);

    const row = (await screen.findByText('JS-F-2026-0001')).closest('tr')!;
    expect(within(row).getByText('两周未更新')).toBeInTheDocument();
    expect(within(row).getByText('省级检查')).toBeInTheDocument();
    expect(within(row).getByText('单项否决')).toHaveClass('ant-tag-red');
    expect(within(row).getByText('待整改')).toBeInTheDocument();
    expect(within(row).getByTestId('rectification-deadline')).toHaveTextContent('已逾期');
    expect(
      new URL(requests.find((r) => r.url.includes('rectifications'))!.url).searchParams.get(
        'status',
      ),
    ).toBe('OPEN');

    await user.click(within(row).getByRole('button', { name: '提交整改' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /提\s?交/ }));
    expect(await within(dialog).findByText('请填写整改情况')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(within(dialog).getByLabelText('整改情况'));
    await user.paste('已恢复每周更新');
    await user.click(within(dialog).getByRole('button', { name: /提\s?交/ }));
    expect(await screen.findByText('整改情况已提交')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/rectifications/7/completion');
    expect(await post.clone().json()).toEqual({ evidence: '已恢复每周更新' });
  }, 60_000);

  it('shows no 提交整改 to a supervisor', async () => {
    renderList(['SUPERVISOR']);
    expect(await screen.findByText('JS-F-2026-0001')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交整改' })).toBeNull();
  });

  it('reads a cleared 状态 and the page from the address, apart from the default 待整改', async () => {
    renderList(['SUPERVISOR'], '/rectifications?status=&page=2');
    expect(await screen.findByText('JS-F-2026-0001')).toBeInTheDocument();
    const query = lastQuery(requests, '/api/v1/rectifications');
    expect(query.has('status')).toBe(false);
    expect(query.get('page')).toBe('2');
  });
});
