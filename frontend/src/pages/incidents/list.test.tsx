import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { incident } from '../../test/fixtures';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';
import { IncidentList } from './list';

function renderList(path: string, roles = ['OPERATOR']) {
  return renderApp(<IncidentList />, {
    path,
    user: { roles },
    api: (request, pathname) => {
      if (pathname === '/api/v1/incidents') return json(pageOf([incident]));
      if (pathname === '/api/v1/incidents' && request.method === 'POST')
        return json({ incident, timeline: [], tickets: [], accountability: [] }, 201);
      if (pathname === '/api/v1/organizations/tree') return json([]);
      return undefined;
    },
  });
}

describe('IncidentList (Art 29)', () => {
  it('lists the register with grade and overdue deadlines, filters from the address', async () => {
    const { requests } = renderList('/incidents?grade=MAJOR&overdue=true');

    const row = (await screen.findByRole('link', { name: '网传某校食堂食品安全问题' })).closest(
      'tr',
    )!;
    expect(within(row).getByText('重大')).toHaveClass('ant-tag-red');
    expect(within(row).getByText('超时未报告')).toBeInTheDocument();
    expect(within(row).getByText('待报告')).toBeInTheDocument();
    const query = lastQuery(requests, '/api/v1/incidents');
    expect(query.get('grade')).toBe('MAJOR');
    expect(query.get('overdue')).toBe('true');
  });

  it('asks for the unit, kind, grade, title and description before recording', async () => {
    const user = userEvent.setup();
    const { requests } = renderList('/incidents');

    await user.click(await screen.findByRole('button', { name: /登记事件/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByText('请选择单位')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写标题')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('hides 登记事件 from roles that do not keep the register', async () => {
    renderList('/incidents', ['REVIEWER']);
    await screen.findByRole('link', { name: '网传某校食堂食品安全问题' });
    expect(screen.queryByRole('button', { name: /登记事件/ })).not.toBeInTheDocument();
  });
});
