import { act, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { renderApp } from '../../test/http';
import { param } from './urlParams';
import { usePagedList, type PagedList } from './usePagedList';

const spec = {
  status: param.text<'OPEN' | 'DONE'>('OPEN'),
  organizationId: param.number(),
  overdue: param.flag(),
};
type Filters = { status?: 'OPEN' | 'DONE'; organizationId?: number; overdue?: boolean };

let list: PagedList<Filters>;
function capture(latest: PagedList<Filters>) {
  list = latest;
}

function Probe({ prefix }: { prefix?: string }) {
  const latest = usePagedList(spec, { prefix, sort: 'name,asc' });
  useEffect(() => {
    capture(latest);
  });
  return <output data-testid="query">{JSON.stringify(latest.query)}</output>;
}

function renderAt(path: string, prefix?: string) {
  return renderApp([{ path: '/list', element: <Probe prefix={prefix} /> }], { path }).router;
}

const query = () => JSON.parse(screen.getByTestId('query').textContent ?? '{}') as object;

describe('usePagedList', () => {
  it('reads typed filters, page, size and sort from the address, with defaults left out of it', () => {
    renderAt('/list?organizationId=19&overdue=true&page=2&size=50&sort=dueOn,desc');
    expect(query()).toEqual({
      status: 'OPEN',
      organizationId: 19,
      overdue: true,
      page: 2,
      size: 50,
      sort: 'dueOn,desc',
    });
  });

  it('ignores what it cannot read and keeps a cleared filter apart from its default', () => {
    renderAt('/list?status=&organizationId=x&page=-1&size=0');
    expect(query()).toEqual({ page: 1, size: 20, sort: 'name,asc' });
  });

  it('starts again at page 1 on a new filter or sort, and writes only what differs', () => {
    const router = renderAt('/list?page=4');
    act(() => list.setFilters({ status: undefined, organizationId: 7 }));
    expect(router.state.location.search).toBe('?status=&organizationId=7');
    act(() => list.setPage(3));
    act(() => list.setSort('dueOn,asc'));
    expect(router.state.location.search).toBe('?status=&organizationId=7&sort=dueOn%2Casc');
    act(() => list.setPage(2, 50));
    expect(query()).toMatchObject({ page: 1, size: 50 });
    act(() => list.reset());
    expect(router.state.location.search).toBe('');
  });

  it('keeps two lists on one page apart by a prefix', () => {
    const router = renderAt('/list?page=5&tasks.page=2', 'tasks.');
    expect(query()).toMatchObject({ page: 2 });
    act(() => list.setFilters({ overdue: true }));
    expect(router.state.location.search).toBe('?page=5&tasks.overdue=true');
  });
});
