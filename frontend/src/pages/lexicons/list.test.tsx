import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';
import { LexiconPage } from './list';

const term = {
  id: 12,
  kind: 'APPROVED_SOURCE',
  term: '新华社',
  createdBy: 'city-admin',
  createdAt: '2026-12-01T08:00:00Z',
};

function renderAs(roles: string[]) {
  return renderApp(<LexiconPage />, {
    user: { roles },
    path: '/?kind=APPROVED_SOURCE',
    api: (request, path) => {
      if (request.method === 'GET' && path === '/api/v1/lexicons/APPROVED_SOURCE/terms')
        return json(pageOf([term], 1, 50));
      if (request.method === 'POST' && path === '/api/v1/lexicons/APPROVED_SOURCE/terms')
        return json({ ...term, id: 13, term: '人民日报' }, 201);
      return undefined;
    },
  });
}

describe('LexiconPage', () => {
  it('lists the terms of the chosen kind and lets CITY_ADMIN add one', async () => {
    const user = userEvent.setup();
    const { requests } = renderAs(['CITY_ADMIN']);
    const table = await screen.findByRole('table', { name: '词条' });
    expect(await within(table).findByText('新华社')).toBeInTheDocument();
    expect(screen.getByText(/转载只能来自这些来源/)).toBeInTheDocument();
    expect(lastQuery(requests, '/api/v1/lexicons/APPROVED_SOURCE/terms').get('size')).toBe('50');

    await user.click(screen.getByRole('button', { name: /新增词条/ }));
    const dialog = (await screen.findAllByRole('dialog')).at(-1)!;
    expect(dialog).toHaveTextContent('新增词条：认可的转载来源');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByText('请填写词条')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('词条'), ' 人民日报 ');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ term: '人民日报' });
  });

  it('shows AUDITOR the terms without add or remove', async () => {
    renderAs(['AUDITOR']);
    const table = await screen.findByRole('table', { name: '词条' });
    expect(await within(table).findByText('新华社')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增词条/ })).not.toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /删\s?除/ })).not.toBeInTheDocument();
  });
});
