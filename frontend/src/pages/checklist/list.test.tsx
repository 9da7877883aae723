import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderApp } from '../../test/http';
import { ChecklistPage } from './list';

const items = [
  {
    id: 3,
    code: 'NO_UPDATE_TWO_WEEKS',
    name: '检查时点前2周内无更新',
    kind: 'VETO',
    points: 0,
    article: '国办秘函〔2019〕19号',
    active: true,
    sortOrder: 3,
    version: 2,
  },
  {
    id: 4,
    code: 'NAMING',
    name: '账号名称不规范',
    kind: 'SCORED',
    points: 5,
    active: false,
    sortOrder: 4,
    version: 0,
  },
];

function renderPage() {
  return renderApp([{ path: '/supervision/checklist', element: <ChecklistPage /> }], {
    path: '/supervision/checklist',
    user: { username: 'city-admin', roles: ['CITY_ADMIN'], orgCode: 'NT-GOV-OFFICE' },
    api: (request, path) => {
      if (path === '/api/v1/checklist-items' && request.method === 'GET') return json(items);
      if (path === '/api/v1/checklist-items')
        return json({ ...items[1], id: 9, code: 'RUMOUR' }, 201);
      if (path === '/api/v1/checklist-items/3') return json({ ...items[0], version: 3 });
      return undefined;
    },
  });
}

describe('ChecklistPage', () => {
  it('lists the items with their kind and state, and adds a scored item (Art 32 checklist)', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage();
    const table = await screen.findByRole('table', { name: '抽查检查项' });
    expect(await within(table).findByText('检查时点前2周内无更新')).toBeInTheDocument();
    expect(within(table).getByText('停用')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /新增检查项/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('编码'), 'rumour');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByText(/编码应以大写字母开头/)).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('编码'));
    await user.type(within(dialog).getByLabelText('编码'), 'RUMOUR');
    await user.type(within(dialog).getByLabelText('名称'), ' 辟谣信息未按规定审核发布 ');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await screen.findByText('检查项已新增')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({
      code: 'RUMOUR',
      name: '辟谣信息未按规定审核发布',
      kind: 'SCORED',
      points: 5,
      active: true,
      sortOrder: 100,
    });
  }, 60_000);

  it('edits an item with the version it read, its code fixed', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage();
    const row = (await screen.findByText('检查时点前2周内无更新')).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: /修\s?改/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('编码')).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await screen.findByText('检查项已修改')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.clone().json()).toMatchObject({
      code: 'NO_UPDATE_TWO_WEEKS',
      version: 2,
      points: 0,
    });
  }, 60_000);
});
