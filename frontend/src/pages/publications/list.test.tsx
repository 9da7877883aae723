import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PublicationResponse } from '../../api/types';
import { PublicationList } from './list';
import { json, pageOf, renderApp } from '../../test/http';

const publication: PublicationResponse = {
  id: 5,
  accountId: 11,
  accountName: '崇川教育',
  publishedAt: '2026-11-20T01:30:00Z',
  origin: 'REPOST',
  sourceName: '新华社',
  title: '教育新闻',
  url: 'https://mp.weixin.qq.com/s/b2',
  imported: true,
  recordedBy: 'cc-operator',
};

const refused = {
  status: 422,
  code: 'INVALID_ROWS',
  title: '违反管理规定',
  detail: '有 2 处错误，未导入任何记录，请修改后重新导入',
  errors: [
    {
      field: '第3行·发布时间',
      code: 'Row',
      message: '第 3 行“发布时间”：时间格式应为 2026-11-27 09:30',
    },
    {
      field: '第4行·来源',
      code: 'Row',
      message: '第 4 行“来源”：转载须注明来源（《办法》第二十一条）',
    },
  ],
};

let requests: Request[] = [];
let importAnswer: () => Response;

function renderList(roles: string[]) {
  ({ requests } = renderApp(<PublicationList />, {
    user: { username: 'cc-operator', roles },
    api: (_request, path) => {
      if (path === '/api/v1/accounts')
        return json(
          pageOf(
            [
              { id: 11, name: '崇川教育', platform: 'WECHAT_OFFICIAL' },
              { id: 12, name: '崇川教育微博', platform: 'WEIBO' },
            ],
            1,
            100,
          ),
        );
      if (path === '/api/v1/publications' && _request.method === 'POST')
        return json({ ...publication, id: 6 }, 201);
      if (path === '/api/v1/publications') return json(pageOf([publication]));
      if (path === '/api/v1/publications/import') return importAnswer();
      return undefined;
    },
  }));
}

const listQueries = () =>
  requests
    .map((r) => new URL(r.url))
    .filter((url) => url.pathname === '/api/v1/publications')
    .map((url) => url.searchParams);

async function upload(name: string, content: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /导\s*入/ }));
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveTextContent('导入发布记录');
  const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
  await user.upload(input, new File([content], name, { type: 'text/csv' }));
  await user.click(within(dialog).getByRole('button', { name: /^导\s*入$/ }));
  return dialog;
}

describe('PublicationList', () => {
  it('lists the records in Chinese and filters by account through the API', async () => {
    const user = userEvent.setup();
    renderList(['OPERATOR']);

    const row = (await screen.findByText('教育新闻')).closest('tr') as HTMLElement;
    expect(within(row).getByText('转载')).toBeInTheDocument();
    expect(within(row).getByText('来源：新华社')).toBeInTheDocument();
    expect(within(row).getByText('系统外登记')).toBeInTheDocument();
    expect(listQueries().at(-1)?.has('accountId')).toBe(false);

    await user.click(screen.getByRole('combobox', { name: '按账号筛选' }));
    await user.click(await screen.findByTitle('崇川教育微博'));
    await waitFor(() => expect(listQueries().at(-1)?.get('accountId')).toBe('12'));
    expect(listQueries().at(-1)?.get('page')).toBe('1');
  });

  it('sends a CSV file as UTF-8 text and shows a refused import as 行 / 字段 / 原因', async () => {
    importAnswer = () => json(refused, 422);
    renderList(['OPERATOR']);

    const dialog = await upload(
      '发布记录.csv',
      '账号ID,发布时间,类型,标题,链接,来源\n11,明天,原创,a,b,\n',
    );

    expect(await within(dialog).findByText(refused.detail)).toBeInTheDocument();
    const report = within(dialog).getByRole('table', { name: '错误报告' });
    const [header, first, second] = within(report).getAllByRole('row');
    expect(header).toHaveTextContent('行字段原因');
    expect(first).toHaveTextContent('3发布时间时间格式应为 2026-11-27 09:30');
    expect(second).toHaveTextContent('4来源转载须注明来源（《办法》第二十一条）');

    const sent = requests.find((r) => new URL(r.url).pathname === '/api/v1/publications/import');
    expect(sent?.headers.get('content-type')).toBe('text/csv;charset=UTF-8');
    expect(await sent?.clone().text()).toBe(
      '账号ID,发布时间,类型,标题,链接,来源\n11,明天,原创,a,b,\n',
    );
    // shown in the dialog, not as a notification on top
    expect(screen.queryByTestId('api-error')).toBeNull();
  });

  it('shows the counts of a successful import', async () => {
    importAnswer = () => json({ rows: 3, imported: 2, duplicates: 1, errors: [] });
    renderList(['CITY_ADMIN']);

    const dialog = await upload('records.csv', '账号ID,发布时间,类型,标题,链接,来源\n');

    expect(await within(dialog).findByTestId('import-report')).toHaveTextContent(
      '共 3 行：新增 2 条，已登记过的 1 条已跳过',
    );
    expect(within(dialog).queryByRole('table', { name: '错误报告' })).toBeNull();
  });

  it('offers no import to roles the API refuses', async () => {
    renderList(['AUDITOR']);
    expect(await screen.findByText('教育新闻')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /导\s*入/ })).toBeNull();
  });

  it('records one publication outside the review workflow through the form', async () => {
    const user = userEvent.setup();
    renderList(['OPERATOR']);
    await user.click(await screen.findByRole('button', { name: /登记发布/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: '账号' }));
    await user.click(await screen.findByTitle('崇川教育微博'));
    await user.click(within(dialog).getByRole('radio', { name: '转载' }));
    await user.type(within(dialog).getByLabelText('转载来源'), '新华社');
    await user.type(within(dialog).getByLabelText('标题'), ' 学习贯彻全会精神 ');
    await user.type(within(dialog).getByLabelText('链接'), 'ftp://x');
    await user.click(within(dialog).getByRole('button', { name: /登\s?记/ }));
    expect(await within(dialog).findByText('请填写 http 或 https 开头的网址')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('链接'));
    await user.type(within(dialog).getByLabelText('链接'), 'https://weibo.com/1/abc');
    await user.click(within(dialog).getByRole('button', { name: /登\s?记/ }));

    await waitFor(() =>
      expect(
        requests.some(
          (r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/publications',
        ),
      ).toBe(true),
    );
    const sent = requests.find(
      (r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/publications',
    );
    const body = (await sent?.clone().json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      accountId: 12,
      origin: 'REPOST',
      sourceName: '新华社',
      title: '学习贯彻全会精神',
      url: 'https://weibo.com/1/abc',
    });
    expect(typeof body.publishedAt).toBe('string');
  });

  it('offers no single record to roles the API refuses', async () => {
    renderList(['SUPERVISOR']);
    expect(await screen.findByText('教育新闻')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /登记发布/ })).toBeNull();
  });
});
