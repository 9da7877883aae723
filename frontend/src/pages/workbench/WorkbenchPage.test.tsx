import { screen, waitFor, within } from '@testing-library/react';
import { AdminLayout } from '../../layouts/AdminLayout';
import { appRoutes } from '../../appRoutes';
import { json, pageOf, renderApp } from '../../test/http';
import { WorkbenchPage } from './WorkbenchPage';

const ticket = (id: number, title: string) => ({
  id,
  title,
  accountName: '崇川教育发布',
  plannedAt: '2030-01-07T09:00:00+08:00',
});

const calendar = { year: 2030, known: true, holidays: [], makeUpWorkdays: [] };

describe('WorkbenchPage', () => {
  it('shows a signer the tickets waiting for them, with the count and the days left', async () => {
    const { requests } = renderApp(<WorkbenchPage />, {
      user: { roles: ['DEPUTY_LEADER'] },
      api: (_request, path) => {
        if (path === '/api/v1/review-tickets')
          return json({
            ...pageOf([ticket(7, '秋季运动会开幕'), ticket(8, '冬季征兵')]),
            totalItems: 2,
          });
        if (path.startsWith('/api/v1/calendar/')) return json(calendar);
        if (path === '/api/v1/workbench/recent-activity')
          return json([
            {
              id: 41,
              occurredAt: '2030-01-06T02:00:00Z',
              actor: 'cc-operator',
              actorName: '崇川区教体局运维员',
              organizationName: '南通市崇川区教育体育局',
              action: 'SUBMIT',
              entityType: 'review_ticket',
              entityId: '7',
            },
          ]);
        return undefined;
      },
    });
    // what changed lately, by name and in Chinese
    await waitFor(() =>
      expect(screen.getByTestId('recent-activity')).toHaveTextContent(
        '崇川区教体局运维员（南通市崇川区教育体育局） 提交了审核单 #7',
      ),
    );
    const tile = await screen.findByTestId('tile-tickets-to-sign');
    expect(await within(tile).findByRole('link', { name: '秋季运动会开幕' })).toHaveAttribute(
      'href',
      '/reviews/7',
    );
    expect(within(tile).getByText('2')).toBeInTheDocument();
    expect(within(tile).getAllByText(/2030-01-07 截止，还剩 \d+ 个工作日/)).toHaveLength(2);
    const asked = requests.find((r) => new URL(r.url).pathname === '/api/v1/review-tickets')!;
    expect(new URL(asked.url).searchParams.get('awaitingMe')).toBe('true');
    expect(screen.queryByTestId('tile-filings-to-decide')).toBeNull();
  });

  it('tells a supervisor with nothing to decide what comes next', async () => {
    renderApp(<WorkbenchPage />, {
      user: { roles: ['SUPERVISOR'] },
      api: (_request, path) => {
        if (path.startsWith('/api/v1/calendar/')) return json(calendar);
        return path === '/api/v1/workbench/recent-activity' ? json([]) : json(pageOf([]));
      },
    });
    const tile = await screen.findByTestId('tile-filings-to-decide');
    expect(
      await within(tile).findByText('暂无待审核的备案。主办单位报送后会出现在这里。'),
    ).toBeInTheDocument();
  });

  it('badges the menu item of the list where the work waits', async () => {
    renderApp(
      [
        {
          path: '/',
          element: <AdminLayout routes={appRoutes} />,
          children: [{ index: true, element: <div /> }],
        },
      ],
      {
        user: { roles: ['REVIEWER'] },
        api: (_request, path) => {
          if (path === '/api/v1/review-tickets')
            return json({ ...pageOf([ticket(7, '秋季运动会开幕')]), totalItems: 3 });
          return undefined;
        },
      },
    );
    expect(await screen.findByLabelText('3 项待办')).toBeInTheDocument();
    const menu = screen.getByRole('menu', { name: '主菜单' });
    expect(within(menu).getByText('审核').closest('li')).toHaveTextContent('3');
  });
});
