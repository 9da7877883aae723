import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import type { FilingResponse } from '../../api/types';
import { FilingForm } from './form';
import { json, renderApp } from '../../test/http';

const submitted: FilingResponse = {
  id: 5,
  type: 'OPEN',
  status: 'SUBMITTED',
  accountId: 11,
  accountName: '崇川教育 App',
  platform: 'MOBILE_APP',
  hostOrganizationId: 19,
  hostOrganizationName: '南通市崇川区教育体育局',
  authorityOrganizationId: 8,
  authorityOrganizationName: '南通市崇川区人民政府办公室',
  legacy: false,
  filedLate: false,
  receivedOn: '2026-11-30',
  provincialDeadline: '2026-12-03',
  deadlineState: 'ON_TIME',
  submittedAt: '2026-11-30T01:00:00Z',
  submittedBy: 'cc-operator',
  warnings: ['认证主体与主办单位名称不一致（《办法》第十四条）'],
  version: 0,
};

let posts: Request[] = [];

function FilingPage() {
  const location = useLocation();
  const state = location.state as { warnings?: string[] } | null;
  return <div data-testid="filing-page">{state?.warnings?.join('；')}</div>;
}

function renderForm() {
  posts = [];
  renderApp(
    [
      { path: '/filings/new/:type', element: <FilingForm /> },
      { path: '/filings/:id', element: <FilingPage /> },
    ],
    {
      path: '/filings/new/open',
      api: (request) => {
        if (request.method !== 'POST') return undefined;
        posts.push(request);
        return json(submitted, 201);
      },
    },
  );
}

describe('FilingForm (OPEN)', () => {
  it('enforces Art 13 and Art 25 before posting, then shows the warnings on the filing', async () => {
    const user = userEvent.setup();
    renderForm();

    await user.click(await screen.findByLabelText('平台'));
    await user.click(await screen.findByTitle('移动客户端'));
    await user.type(screen.getByLabelText('账号名称'), '崇川教育 App');
    await user.type(screen.getByLabelText('责任人'), '王敏');
    await user.type(screen.getByLabelText('运维单位'), '崇川区教育体育局办公室');
    await user.click(screen.getByRole('checkbox', { name: '提供新闻信息服务' }));
    await user.click(screen.getByRole('button', { name: '提交备案' }));

    expect(
      await screen.findByText('移动客户端须支持 IPv6（《办法》第十三条）'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('提供新闻信息或网络视听服务须填写许可证编号（《办法》第二十五条）'),
    ).toBeInTheDocument();
    expect(posts).toHaveLength(0);

    await user.click(screen.getByRole('checkbox', { name: /支持 IPv6/ }));
    await user.type(screen.getByLabelText('许可证编号'), '32120190001');
    await user.click(screen.getByRole('button', { name: '提交备案' }));

    expect(await screen.findByTestId('filing-page')).toHaveTextContent('第十四条');
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(await posts[0].clone().json()).toEqual({
      type: 'OPEN',
      legacy: false,
      account: expect.objectContaining({
        platform: 'MOBILE_APP',
        name: '崇川教育 App',
        responsiblePerson: '王敏',
        operatorType: 'IN_HOUSE',
        operatorName: '崇川区教育体育局办公室',
        ipv6Supported: true,
        offersNews: true,
        licenceNumber: '32120190001',
        functions: ['INFORMATION'],
      }) as unknown,
    });
  }, 60_000); // antd's form is slow in jsdom on a busy machine

  it('asks for both agreement dates of a contracted operator (Art 7)', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(await screen.findByRole('radio', { name: '委托第三方运维' }));
    await user.click(screen.getByRole('button', { name: '提交备案' }));
    expect(
      await screen.findByText('委托第三方运维须填写合同签订日期（《办法》第七条）'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('委托第三方运维须填写保密协议签订日期（《办法》第七条）'),
    ).toBeInTheDocument();
    expect(screen.getByText('请填写责任人（《办法》第二十六条）')).toBeInTheDocument();
    expect(posts).toHaveLength(0);
  });
});
