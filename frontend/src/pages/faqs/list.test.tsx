import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FaqResponse } from '../../api/types';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';
import { FaqList } from './list';

const faq: FaqResponse = {
  id: 4,
  question: '开学时间',
  answer: '9 月 1 日',
  organizationId: 19,
  organizationName: '南通市崇川区教育体育局',
  published: true,
  createdAt: '2026-11-28T01:00:00Z',
  createdBy: 'cc-operator',
  updatedAt: '2026-11-28T01:00:00Z',
  version: 2,
};

function renderList(path: string, answer?: (request: Request) => Response | undefined) {
  return renderApp([{ path: '/faqs', element: <FaqList /> }], {
    path,
    user: { username: 'cc-operator', roles: ['OPERATOR'] },
    api: (request, pathname) => {
      if (pathname === '/api/v1/faqs' && request.method === 'GET')
        return json({ ...pageOf([faq]), totalItems: 45, totalPages: 3 });
      return answer?.(request);
    },
  });
}

describe('FaqList', () => {
  it('reads page and search from the address, so a refresh shows the same page', async () => {
    const { requests } = renderList('/faqs?page=2&q=开学');
    expect(await screen.findByText('开学时间')).toBeInTheDocument();
    const query = lastQuery(requests, '/api/v1/faqs');
    expect(query.get('page')).toBe('2');
    expect(query.get('q')).toBe('开学');
    expect(screen.getByRole('searchbox', { name: '搜索答问' })).toHaveValue('开学');
    expect(screen.getByText('共 45 条')).toBeInTheDocument();
    expect(screen.getByTitle('2')).toHaveClass('ant-pagination-item-active');
  });

  it('goes back to page 1 when the search changes, and writes it to the address', async () => {
    const user = userEvent.setup();
    const { requests, router } = renderList('/faqs?page=3');
    await screen.findByText('开学时间');
    expect(lastQuery(requests, '/api/v1/faqs').get('page')).toBe('3');

    await user.type(screen.getByRole('searchbox', { name: '搜索答问' }), '时间{Enter}');
    await waitFor(() => expect(lastQuery(requests, '/api/v1/faqs').get('q')).toBe('时间'));
    expect(lastQuery(requests, '/api/v1/faqs').get('page')).toBe('1');
    expect(router.state.location.search).toBe(`?q=${encodeURIComponent('时间')}`);

    await user.click(screen.getByTitle('2'));
    await waitFor(() => expect(lastQuery(requests, '/api/v1/faqs').get('page')).toBe('2'));
    expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2');
  });

  it('shows the server field errors under the fields of the form', async () => {
    const user = userEvent.setup();
    const { requests } = renderList('/faqs', (request) =>
      request.method === 'PUT'
        ? json(
            {
              title: '请求参数校验失败',
              status: 400,
              errors: [{ field: 'question', code: 'Size', message: '问题过长' }],
            },
            400,
          )
        : undefined,
    );
    const row = (await screen.findByText('开学时间')).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: /修\s?改/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('修改答问');
    expect(within(dialog).getByLabelText('问题')).toHaveValue('开学时间');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    expect(await within(dialog).findByText('问题过长')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe('/api/v1/faqs/4');
    expect(await put.clone().json()).toMatchObject({ question: '开学时间', version: 2 });
  });
});
