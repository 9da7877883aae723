import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderApp } from '../../test/http';
import { ExternalFindingList } from './list';

const entered = {
  id: 12,
  source: 'NATIONAL',
  findingId: 'NAT-国办通报〔2026〕3号-12',
  accountId: 101,
  accountName: '崇川教育发布',
  hostOrganizationName: '南通市崇川区教育体育局',
  itemCode: 'NO_UPDATE_TWO_WEEKS',
  itemName: '检查时点前2周内无更新',
  veto: true,
  description: '两周无更新',
  foundOn: '2026-11-20',
  rectificationDeadline: '2026-12-04',
  status: 'OPEN',
};

function renderList(roles: string[]) {
  return renderApp([{ path: '/supervision/external-findings', element: <ExternalFindingList /> }], {
    path: '/supervision/external-findings',
    user: { roles, orgCode: 'NT-GOV-OFFICE' },
    api: (request, path) => {
      if (path === '/api/v1/external-findings' && request.method === 'GET')
        return json({ items: [entered], page: 1, size: 20, totalItems: 1, totalPages: 1 });
      if (path === '/api/v1/external-findings') return json(entered, 201);
      if (path === '/api/v1/accounts')
        return json({
          items: [{ id: 101, name: '崇川教育发布', platform: 'WECHAT_OFFICIAL' }],
          page: 1,
          size: 20,
          totalItems: 1,
          totalPages: 1,
        });
      if (path === '/api/v1/checklist-items')
        return json([
          {
            id: 3,
            code: 'NO_UPDATE_TWO_WEEKS',
            name: '检查时点前2周内无更新',
            kind: 'VETO',
            points: 0,
            active: true,
            sortOrder: 3,
            version: 0,
          },
        ]);
      return undefined;
    },
  });
}

describe('ExternalFindingList', () => {
  it('lists the entered findings with their source, and lets CITY_ADMIN enter a national finding (Art 32.8)', async () => {
    const user = userEvent.setup();
    const { requests } = renderList(['CITY_ADMIN']);
    const row = (await screen.findByText('NAT-国办通报〔2026〕3号-12')).closest('tr')!;
    expect(row).toHaveTextContent('国家检查');
    expect(row).toHaveTextContent('单项否决');

    await user.click(screen.getByRole('button', { name: /录入问题/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /录\s?入/ }));
    expect(await within(dialog).findByText('请填写通报文号或问题编号')).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('省级检查'));
    await user.type(within(dialog).getByLabelText('通报文号或问题编号'), '苏政办〔2026〕7号-1');
    await user.click(within(dialog).getByRole('combobox', { name: '账号' }));
    await user.click(await screen.findByTitle('崇川教育发布（微信公众号）'));
    await user.click(within(dialog).getByRole('combobox', { name: '检查项' }));
    await user.click(await screen.findByTitle('检查时点前2周内无更新（单项否决）'));
    await user.type(within(dialog).getByLabelText('问题描述'), '两周无更新');
    await user.click(within(dialog).getByRole('button', { name: /录\s?入/ }));

    expect(await screen.findByText('问题已录入，已生成整改任务')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toMatchObject({
      source: 'PROVINCIAL',
      reference: '苏政办〔2026〕7号-1',
      accountId: 101,
      itemCode: 'NO_UPDATE_TWO_WEEKS',
      description: '两周无更新',
    });
  }, 60_000);

  it('shows the auditor the list without the entry button', async () => {
    renderList(['AUDITOR']);
    expect(await screen.findByText('NAT-国办通报〔2026〕3号-12')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /录入问题/ })).toBeNull();
  });
});
