import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, pageOf, renderApp } from '../../test/http';
import { ReviewEditor } from './editor';

// Art 21 (rule 21.2): a repost carries its source URL, and its title is the source's title when that is given
describe('ReviewEditor repost source', () => {
  it('asks for the source URL and keeps the title equal to the source title', async () => {
    const created: unknown[] = [];
    renderApp([{ path: '/reviews/new', element: <ReviewEditor /> }], {
      path: '/reviews/new',
      api: async (request, path) => {
        if (request.method === 'GET' && path === '/api/v1/accounts')
          return json(pageOf([{ id: 11, name: '崇川教育' }], 1, 100));
        if (request.method === 'POST' && path === '/api/v1/review-tickets') {
          created.push(await request.clone().json());
          return json({ id: 9, version: 0 }, 201);
        }
        return undefined;
      },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByLabelText('发布账号'));
    await user.click(await screen.findByTitle('崇川教育'));
    await user.type(screen.getByLabelText('标题'), '全会公报（摘要）');
    await user.type(screen.getByLabelText('正文'), '正文。');
    await user.click(screen.getByRole('radio', { name: '转载' }));
    await user.type(await screen.findByLabelText('转载来源'), '新华社');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('请填写来源网址')).toBeInTheDocument();

    await user.type(screen.getByLabelText('来源网址'), 'https://www.news.cn/c_1.htm');
    await user.type(screen.getByLabelText('来源原标题'), '全会公报');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('转载不得修改标题：标题须与来源原标题一致')).toBeInTheDocument();
    expect(created).toHaveLength(0);

    await user.clear(screen.getByLabelText('标题'));
    await user.type(screen.getByLabelText('标题'), '全会公报');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({
      origin: 'REPOST',
      title: '全会公报',
      sourceName: '新华社',
      sourceUrl: 'https://www.news.cn/c_1.htm',
      sourceTitle: '全会公报',
    });
  }, 60_000);
});
