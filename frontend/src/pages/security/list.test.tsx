import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  SecurityCheck,
  SecurityDevice,
  SecurityDocument,
  SecurityOverdue,
} from '../../api/types';
import { json, lastQuery, pageOf, renderApp } from '../../test/http';
import { SecurityPage } from './list';

const document: SecurityDocument = {
  id: 4,
  organizationId: 19,
  organizationName: '南通市崇川区教育体育局',
  kind: 'EMERGENCY_PLAN',
  title: '网络安全事件应急预案',
  versionLabel: 'V2.0',
  approvedOn: '2025-12-01',
  nextReviewOn: '2026-12-01',
  dueState: 'OVERDUE',
  createdBy: 'cc-operator',
  version: 2,
};
const device: SecurityDevice = {
  id: 7,
  organizationId: 19,
  organizationName: '南通市崇川区教育体育局',
  holder: '王敏',
  kind: 'COMPUTER',
  assetNumber: 'CCJT-2026-001',
  status: 'IN_USE',
  dueState: 'OVERDUE',
  createdBy: 'cc-operator',
  version: 0,
};
const check: SecurityCheck = {
  id: 2,
  organizationId: 19,
  organizationName: '南通市崇川区教育体育局',
  accountId: 5,
  accountName: '崇川教育 App',
  checkedOn: '2026-11-20',
  checkedBy: '区大数据局',
  summary: '发现 1 项问题',
  createdBy: 'cc-operator',
  findings: [
    {
      id: 1,
      area: 'DATABASE',
      description: '数据库端口对公网开放',
      rectificationId: 9,
      rectificationDeadline: '2026-12-04',
      rectificationStatus: 'OPEN',
    },
  ],
};
const overdue: SecurityOverdue = {
  asOf: '2026-12-04',
  documentsMissing: 2,
  documentsDueSoon: 0,
  documentsOverdue: 1,
  devicesOverdue: 3,
  rectificationsOverdue: 1,
  reminderDays: 30,
  deviceCheckDays: 90,
};

function renderPage(path: string, roles = ['OPERATOR']) {
  return renderApp(<SecurityPage />, {
    path,
    user: { roles },
    api: (request, pathname) => {
      if (pathname === '/api/v1/security-records/overdue') return json(overdue);
      if (pathname === '/api/v1/security-documents') return json(pageOf([document]));
      if (pathname === '/api/v1/security-documents/4' && request.method === 'PUT')
        return json({ ...document, versionLabel: 'V3.0', version: 3 });
      if (pathname === '/api/v1/security-devices') return json(pageOf([device]));
      if (pathname === '/api/v1/security-checks') return json(pageOf([check]));
      if (pathname === '/api/v1/organizations/tree') return json([]);
      return undefined;
    },
  });
}

describe('SecurityPage (Art 27.1, 27.3, 29.1)', () => {
  it('shows the overdue items and the documents, filtered by the due state in the address', async () => {
    const { requests } = renderPage('/security?doc.dueState=OVERDUE');

    const figures = await screen.findByTestId('security-overdue');
    expect(await within(figures).findByText('终端逾期未检')).toBeInTheDocument();
    const row = (await screen.findByRole('cell', { name: '网络安全事件应急预案' })).closest('tr')!;
    expect(within(row).getByText('应急预案')).toBeInTheDocument();
    expect(within(row).getByText('已逾期')).toHaveClass('ant-tag-red');
    expect(lastQuery(requests, '/api/v1/security-documents').get('dueState')).toBe('OVERDUE');
  });

  it('revises a document with the version read (Art 27.1)', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage('/security');

    const row = (await screen.findByRole('cell', { name: '网络安全事件应急预案' })).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: /修\s?订/ }));
    const dialog = await screen.findByRole('dialog');
    const label = within(dialog).getByLabelText('版本');
    await user.clear(label);
    await user.type(label, 'V3.0');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.clone().json()).toMatchObject({ versionLabel: 'V3.0', version: 2 });
  });

  it('lists the devices and the checks with their rectification tasks (Art 27.3, 29.1)', async () => {
    renderPage('/security?tab=devices');
    const deviceRow = (await screen.findByRole('cell', { name: 'CCJT-2026-001' })).closest('tr')!;
    expect(within(deviceRow).getByText('未检查')).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('tab', { name: '安全检查' }));
    expect(await screen.findByText(/数据库端口对公网开放/)).toBeInTheDocument();
    expect(screen.getByText('待整改，期限 2026-12-04')).toBeInTheDocument();
  });

  it('hides the forms from read-only roles', async () => {
    renderPage('/security', ['AUDITOR']);
    await screen.findByRole('cell', { name: '网络安全事件应急预案' });
    expect(screen.queryByRole('button', { name: '登记文件' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /修\s?订/ })).not.toBeInTheDocument();
  });
});
