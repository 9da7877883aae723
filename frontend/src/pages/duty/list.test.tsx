import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DutyGap, DutyShift } from '../../api/types';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';
import { saveBlob } from '../../utils/download';
import { DutyPage } from './list';

vi.mock('../../utils/download', async (original) => ({
  ...(await original<typeof import('../../utils/download')>()),
  saveBlob: vi.fn(),
}));

const shift: DutyShift = {
  id: 3,
  organizationId: 19,
  organizationName: '南通市崇川区教育体育局',
  startsAt: '2026-10-01T00:30:00Z',
  endsAt: '2026-10-02T00:30:00Z',
  personOnDuty: '王敏',
  phone: '13812345678',
  backupPerson: '李强',
  backupPhone: '13912345678',
  createdBy: 'cc-operator',
  version: 0,
};
const gaps: DutyGap[] = [{ day: '2026-10-03', kind: 'HOLIDAY', holiday: '国庆节' }];

function renderPage(path: string, roles = ['OPERATOR']) {
  return renderApp(<DutyPage />, {
    path,
    user: { roles },
    api: (request, pathname) => {
      if (pathname === '/api/v1/duty-shifts') return json(pageOf([shift]));
      if (pathname === '/api/v1/duty-shifts/now') return json([shift]);
      if (pathname === '/api/v1/duty-shifts/gaps') return json(gaps);
      if (pathname === '/api/v1/duty-shifts/export')
        return new Response('PK', {
          headers: {
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'content-disposition': "attachment; filename*=UTF-8''%E5%80%BC%E7%8F%AD%E8%A1%A8.xlsx",
          },
        });
      if (pathname === '/api/v1/duty-shifts/3/handover' && request.method === 'PUT')
        return json({ ...shift, handoverNote: '夜间无舆情', version: 1 });
      if (pathname === '/api/v1/organizations/tree') return json([]);
      return undefined;
    },
  });
}

describe('DutyPage (Art 29.2)', () => {
  it('shows who is on duty, the roster of the organization in the address and the rest days nobody covers', async () => {
    const { requests } = renderPage('/duty?organizationId=19');

    expect(await screen.findByText(/未来 30 天有 1 个休息日无人值班/)).toBeInTheDocument();
    expect(screen.getByText('2026-10-03 国庆节')).toHaveClass('ant-tag-red');
    const row = (await screen.findByRole('cell', { name: '13812345678' })).closest('tr')!;
    expect(within(row).getByText('王敏')).toBeInTheDocument();
    expect(lastQuery(requests, '/api/v1/duty-shifts').get('organizationId')).toBe('19');
    expect(lastQuery(requests, '/api/v1/duty-shifts/now').get('organizationId')).toBe('19');
  });

  it('exports the roster of the organization in the address', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage('/duty?organizationId=19');
    await user.click(await screen.findByRole('button', { name: /导出值班表/ }));
    await vi.waitFor(() => expect(saveBlob).toHaveBeenCalledTimes(1));
    expect(vi.mocked(saveBlob).mock.calls[0][1]).toBe('值班表.xlsx');
    expect(lastQuery(requests, '/api/v1/duty-shifts/export').get('organizationId')).toBe('19');
  });

  it('records the handover of a shift with its version', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage('/duty');

    const row = (await screen.findByRole('cell', { name: '13812345678' })).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: '交接班' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('交接班记录'), '夜间无舆情');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.clone().json()).toEqual({ note: '夜间无舆情', version: 0 });
    expect(lastQuery(requests, '/api/v1/duty-shifts/gaps').get('organizationId')).toBeNull();
  });

  it('hides 排班 and 交接班 from read-only roles', async () => {
    renderPage('/duty', ['AUDITOR']);
    await screen.findByRole('cell', { name: '13812345678' });
    expect(screen.queryByRole('button', { name: /排\s?班/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '交接班' })).not.toBeInTheDocument();
  });
});
