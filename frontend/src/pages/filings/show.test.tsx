import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FilingResponse } from '../../api/types';
import { json, lastQuery, renderApp } from '../../test/http';
import { saveBlob } from '../../utils/download';
import { FilingShow } from './show';

vi.mock('../../utils/download', async (original) => ({
  ...(await original<typeof import('../../utils/download')>()),
  saveBlob: vi.fn(),
}));

const legacy: FilingResponse = {
  id: 5,
  type: 'OPEN',
  status: 'SUBMITTED',
  accountId: 105,
  accountName: '崇川教育头条号',
  platform: 'TOUTIAO',
  hostOrganizationId: 19,
  hostOrganizationName: '南通市崇川区教育体育局',
  authorityOrganizationId: 8,
  authorityOrganizationName: '南通市崇川区人民政府办公室',
  legacy: true,
  legacyFoundOn: '2026-11-20',
  hostDeadline: '2026-12-18',
  filedLate: true,
  receivedOn: '2026-12-21',
  provincialDeadline: '2026-12-24',
  deadlineState: 'ON_TIME',
  submittedAt: '2026-12-21T01:00:00Z',
  submittedBy: 'cc-operator',
  warnings: [],
  version: 0,
};

function renderShow() {
  return renderApp([{ path: '/filings/:id', element: <FilingShow /> }], {
    path: '/filings/5',
    user: { roles: ['OPERATOR'] },
    api: (_request, path) => {
      if (path === '/api/v1/filings/5') return json(legacy);
      if (path === '/api/v1/filings/5/registration-form')
        return new Response('PK', {
          headers: {
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'content-disposition': "attachment; filename*=UTF-8''form-5.xlsx",
          },
        });
      return undefined;
    },
  });
}

describe('FilingShow', () => {
  it("shows a legacy account's host deadline and that it was filed late (Art 35)", async () => {
    renderShow();
    expect(await screen.findByText(/2026-12-18（2026-11-20 发现）/)).toBeInTheDocument();
    expect(screen.getByText('逾期补备案')).toHaveClass('ant-tag-red');
  });

  it('downloads the 政务新媒体备案登记表 as Excel [15.3]', async () => {
    const user = userEvent.setup();
    const { requests } = renderShow();
    await user.click(await screen.findByRole('button', { name: /登记表 Excel/ }));
    await vi.waitFor(() => expect(saveBlob).toHaveBeenCalledTimes(1));
    expect(vi.mocked(saveBlob).mock.calls[0][1]).toBe('form-5.xlsx');
    expect(lastQuery(requests, '/api/v1/filings/5/registration-form').get('format')).toBe('XLSX');
  });
});
