import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RepostCompletion, RepostTask, RepostTaskDetail } from '../../api/types';
import { json, pageOf, renderApp } from '../../test/http';
import { RepostTaskList } from './list';
import { RepostPage } from './page';

const task: RepostTask = {
  id: 3,
  title: '学习贯彻全会精神',
  sourceUrl: 'https://www.news.cn/politics/c_1.htm',
  deadline: '2026-12-08',
  status: 'OPEN',
  issuerOrganizationId: 1,
  issuerName: '南通市人民政府办公室',
  issuedBy: 'city-admin',
  issuedAt: '2026-12-01T01:00:00Z',
  targets: 2,
  done: 1,
  pending: 0,
  overdue: 1,
};

const detail: RepostTaskDetail = {
  task,
  targets: [
    {
      accountId: 11,
      accountName: '崇川教育',
      hostOrganizationId: 19,
      hostName: '南通市崇川区教育体育局',
      state: 'DONE',
      publishedAt: '2026-12-02T02:00:00Z',
      publishedUrl: 'https://mp.weixin.qq.com/s/x',
    },
    {
      accountId: 12,
      accountName: '如东文旅',
      hostOrganizationId: 30,
      hostName: '如东县文化广电和旅游局',
      state: 'OVERDUE',
    },
  ],
};

const completion: RepostCompletion[] = [
  {
    organizationId: 30,
    organizationName: '如东县文化广电和旅游局',
    assigned: 4,
    done: 1,
    pending: 1,
    overdue: 2,
    rate: 0.25,
  },
];

let requests: Request[] = [];

function renderList(roles: string[]) {
  ({ requests } = renderApp(<RepostTaskList />, {
    user: { username: 'city-admin', roles },
    api: (request, path) => {
      if (path === '/api/v1/repost-tasks' && request.method === 'POST') return json(detail, 201);
      if (path === '/api/v1/repost-tasks') return json(pageOf([task]));
      if (path === '/api/v1/repost-tasks/completion') return json(completion);
      if (path === '/api/v1/repost-tasks/3') return json(detail);
      if (path === '/api/v1/accounts')
        return json(pageOf([{ id: 11, name: '崇川教育', platform: 'WECHAT_OFFICIAL' }]));
      return undefined;
    },
  }));
}

describe('RepostTaskList', () => {
  it('shows the completion rate per organization and each target account of a task', async () => {
    const user = userEvent.setup();
    renderList(['SUPERVISOR']);

    const rates = await screen.findByRole('table', { name: '转发完成率' });
    const row = (await within(rates).findByText('如东县文化广电和旅游局')).closest(
      'tr',
    ) as HTMLElement;
    expect(row).toHaveTextContent('25%');

    const taskRow = (await screen.findByText('学习贯彻全会精神')).closest('tr') as HTMLElement;
    expect(taskRow).toHaveTextContent('1/2');
    expect(within(taskRow).getByText('逾期 1')).toBeInTheDocument();
    await user.click(within(taskRow).getByRole('button', { name: /展开行|Expand row/ }));
    const targets = await screen.findByRole('table', { name: '转发情况' });
    expect(await within(targets).findByText('已转发')).toBeInTheDocument();
    expect(within(targets).getByText('逾期未转发')).toBeInTheDocument();
  });

  it('issues a task with its source URL, deadline and accounts', async () => {
    const user = userEvent.setup();
    renderList(['CITY_ADMIN']);
    await user.click(await screen.findByRole('button', { name: /下发转发任务/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('标题'), '学习贯彻全会精神');
    await user.type(
      within(dialog).getByLabelText('来源网址'),
      'https://www.news.cn/politics/c_1.htm',
    );
    await user.click(within(dialog).getByLabelText('截止日期'));
    await user.type(within(dialog).getByLabelText('截止日期'), '2099-12-08{enter}');
    await user.click(within(dialog).getByLabelText('转发账号'));
    await user.click(await screen.findByTitle(/崇川教育/));
    await user.click(within(dialog).getByRole('button', { name: /下\s?发/ }));

    await waitFor(() =>
      expect(
        requests.some(
          (r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/repost-tasks',
        ),
      ).toBe(true),
    );
    const sent = requests.find(
      (r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/repost-tasks',
    );
    expect(await sent?.clone().json()).toMatchObject({
      title: '学习贯彻全会精神',
      sourceUrl: 'https://www.news.cn/politics/c_1.htm',
      deadline: '2099-12-08',
      accountIds: [11],
    });
  });

  it('offers issuing and cancelling only to superiors', async () => {
    renderList(['OPERATOR']);
    expect(await screen.findByText('学习贯彻全会精神')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /下发转发任务/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /撤\s?销/ })).toBeNull();
  });

  it('reminds an operator of the targets due within a working day or overdue', async () => {
    renderApp(<RepostPage />, {
      user: { username: 'cc-operator', roles: ['OPERATOR'] },
      api: (_request, path) => {
        if (path === '/api/v1/repost-tasks') return json(pageOf([task]));
        if (path === '/api/v1/repost-tasks/completion') return json([]);
        if (path === '/api/v1/repost-tasks/attention')
          return json({
            dueBy: '2026-12-07',
            calendarNote: '按国务院节假日安排计算',
            dueSoon: 0,
            overdue: 1,
            items: [
              {
                taskId: 3,
                title: '学习贯彻全会精神',
                deadline: '2026-12-03',
                accountId: 11,
                accountName: '崇川教育',
                hostName: '南通市崇川区教育体育局',
                state: 'OVERDUE',
              },
            ],
          });
        return undefined;
      },
    });
    const alert = await screen.findByTestId('repost-attention');
    expect(alert).toHaveTextContent('0 个账号的转发任务 1 个工作日内到期，1 个已逾期');
    expect(alert).toHaveTextContent(
      '崇川教育（南通市崇川区教育体育局）· 学习贯彻全会精神 · 截止 2026-12-03 · 已逾期',
    );
  });
});
