import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router';
import type { PublicationResponse } from '../../api/types';
import { PublicationList } from './list';

const auth = vi.hoisted(() => ({ roles: ['OPERATOR'] as string[] }));

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({
    isAuthenticated: true,
    user: { profile: { roles: auth.roles, name: '测试用户', org_code: 'CC-EDU' } },
  }),
}));

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

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

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

let requests: { url: URL; contentType: string | null; body: string }[] = [];
let importAnswer: () => Response;

function renderList() {
  requests = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const url = new URL(request.url);
    requests.push({
      url,
      contentType: request.headers.get('content-type'),
      body: request.method === 'POST' ? await request.text() : '',
    });
    if (url.pathname === '/api/v1/me') return json({ username: 'cc-operator', roles: auth.roles });
    if (url.pathname === '/api/v1/accounts')
      return json({
        items: [
          { id: 11, name: '崇川教育', platform: 'WECHAT_OFFICIAL' },
          { id: 12, name: '崇川教育微博', platform: 'WEIBO' },
        ],
        page: 1,
        size: 100,
        totalItems: 2,
        totalPages: 1,
      });
    if (url.pathname === '/api/v1/publications')
      return json({ items: [publication], page: 1, size: 20, totalItems: 1, totalPages: 1 });
    if (url.pathname === '/api/v1/publications/import') return importAnswer();
    return json({ title: '不存在', status: 404 }, 404);
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AntApp>
        <MemoryRouter>
          <PublicationList />
        </MemoryRouter>
      </AntApp>
    </QueryClientProvider>,
  );
}

const listQueries = () =>
  requests.filter((r) => r.url.pathname === '/api/v1/publications').map((r) => r.url.searchParams);

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
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists the records in Chinese and filters by account through the API', async () => {
    auth.roles = ['OPERATOR'];
    const user = userEvent.setup();
    renderList();

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
    auth.roles = ['OPERATOR'];
    importAnswer = () => json(refused, 422);
    renderList();

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

    const sent = requests.find((r) => r.url.pathname === '/api/v1/publications/import');
    expect(sent?.contentType).toBe('text/csv;charset=UTF-8');
    expect(sent?.body).toBe('账号ID,发布时间,类型,标题,链接,来源\n11,明天,原创,a,b,\n');
    // shown in the dialog, not as a notification on top
    expect(screen.queryByTestId('api-error')).toBeNull();
  });

  it('shows the counts of a successful import', async () => {
    auth.roles = ['CITY_ADMIN'];
    importAnswer = () => json({ rows: 3, imported: 2, duplicates: 1, errors: [] });
    renderList();

    const dialog = await upload('records.csv', '账号ID,发布时间,类型,标题,链接,来源\n');

    expect(await within(dialog).findByTestId('import-report')).toHaveTextContent(
      '共 3 行：新增 2 条，已登记过的 1 条已跳过',
    );
    expect(within(dialog).queryByRole('table', { name: '错误报告' })).toBeNull();
  });

  it('offers no import to roles the API refuses', async () => {
    auth.roles = ['AUDITOR'];
    renderList();
    expect(await screen.findByText('教育新闻')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /导\s*入/ })).toBeNull();
  });
});
