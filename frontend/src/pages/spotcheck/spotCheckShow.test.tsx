import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SpotCheck, SupervisionJob } from '../../api/types';
import { jobOf } from '../../test/fixtures';
import { json, renderApp } from '../../test/http';
import { saveBlob } from '../../utils/download';
import { SpotCheckShow } from './spotCheckShow';

vi.mock('../../utils/download', async (original) => ({
  ...(await original<typeof import('../../utils/download')>()),
  saveBlob: vi.fn(),
}));

const check: SpotCheck = {
  id: 5,
  quarter: '2026-Q4',
  organizationId: 1,
  organizationName: '南通市人民政府',
  cityWide: true,
  seed: 20261201,
  samplePercent: 10,
  population: 12,
  status: 'OPEN',
  samplingMethod: '按种子洗牌后分层抽取。 / Shuffled by the seed.',
  createdBy: 'city-admin',
  createdAt: '2026-11-28T02:00:00Z',
  accounts: [
    {
      accountId: 101,
      accountName: '崇川教育发布',
      platform: 'WECHAT_OFFICIAL',
      hostOrganizationId: 19,
      hostOrganizationName: '南通市崇川区教育体育局',
      stratumId: 6,
      stratumName: '南通市崇川区人民政府',
      position: 0,
      findings: 0,
    },
  ],
};

const noticeJob = (status: SupervisionJob['status']) =>
  jobOf(status, {
    id: 9,
    step: status === 'SUCCEEDED' ? '已完成' : '正在生成 PDF',
    fileName: '2026-Q4季度抽查情况通报.pdf',
    contentType: 'application/pdf',
  });

function renderShow(roles: string[]) {
  const { requests } = renderApp(
    [{ path: '/supervision/spot-checks/:id', element: <SpotCheckShow /> }],
    {
      path: '/supervision/spot-checks/5',
      user: { roles, orgCode: 'NT-GOV-OFFICE' },
      api: (request, path) => {
        if (path === '/api/v1/spot-checks/5') return json(check);
        if (path === '/api/v1/checklist-items')
          return json([
            {
              id: 3,
              code: 'NO_UPDATE_TWO_WEEKS',
              name: '检查时点前2周内无更新',
              kind: 'VETO',
              points: 0,
              active: true,
              sortOrder: 3,
              version: 0,
            },
            {
              id: 4,
              code: 'OLD_ITEM',
              name: '已停用的检查项',
              kind: 'SCORED',
              points: 5,
              active: false,
              sortOrder: 4,
              version: 1,
            },
          ]);
        if (path === '/api/v1/spot-checks/5/findings')
          return json(
            {
              id: 1,
              checkId: 5,
              accountId: 101,
              itemCode: 'NO_UPDATE_TWO_WEEKS',
              itemName: '检查时点前2周内无更新',
              veto: true,
              description: '两周无更新',
              rectificationId: 3,
              rectificationDeadline: '2026-12-11',
              recordedBy: 'auditor',
            },
            201,
          );
        if (path === '/api/v1/spot-checks/5/close') return json({ ...check, status: 'CLOSED' });
        if (path === '/api/v1/spot-checks/5/withdraw')
          return json({ ...check, status: 'WITHDRAWN', withdrawnReason: '误选季度' });
        if (path === '/api/v1/supervision/notices') return json({ id: 1 }, 201);
        if (path === '/api/v1/supervision/jobs') return json(noticeJob('QUEUED'), 202);
        if (path === '/api/v1/supervision/jobs/9') return json(noticeJob('SUCCEEDED'));
        if (path === '/api/v1/supervision/jobs/9/file')
          return new Response('%PDF-1.7', {
            headers: {
              'content-type': 'application/pdf',
              'content-disposition': "attachment; filename*=UTF-8''2026-Q4%E9%80%9A%E6%8A%A5.pdf",
            },
          });
        return request.method === 'GET' ? undefined : json({ title: '不允许', status: 405 }, 405);
      },
    },
  );
  return requests;
}

describe('SpotCheckShow', () => {
  afterEach(() => {
    vi.mocked(saveBlob).mockClear();
  });

  it('shows the seed and the sample, and lets the auditor record a finding on an active checklist item', async () => {
    const user = userEvent.setup();
    const requests = renderShow(['AUDITOR']);

    expect(await screen.findByTestId('spot-check-seed')).toHaveTextContent('20261201');
    expect(screen.getByTestId('spot-check-details')).toHaveTextContent('按种子洗牌后分层抽取。');
    expect(screen.queryByText(/Shuffled/)).toBeNull();
    expect(screen.queryByRole('button', { name: '结束抽查' })).toBeNull();
    const row = screen.getByText('崇川教育发布').closest('tr')!;
    expect(row).toHaveTextContent('南通市崇川区人民政府');

    await user.click(within(row).getByRole('button', { name: '记录问题' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /记\s?录/ }));
    expect(await within(dialog).findByText('请选择检查项')).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('检查项'));
    expect(screen.queryByTitle('已停用的检查项')).toBeNull();
    await user.click(await screen.findByTitle('检查时点前2周内无更新'));
    await user.click(within(dialog).getByLabelText('问题描述'));
    await user.paste(' 两周无更新 ');
    await user.click(within(dialog).getByRole('button', { name: /记\s?录/ }));

    expect(await screen.findByText(/整改期限 2026-12-11/)).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/spot-checks/5/findings');
    expect(await post.clone().json()).toEqual({
      accountId: 101,
      itemCode: 'NO_UPDATE_TWO_WEEKS',
      description: '两周无更新',
    });
  }, 60_000);

  it('lets the city office close the check and download the notice PDF once its job succeeded', async () => {
    const user = userEvent.setup();
    const requests = renderShow(['CITY_ADMIN']);

    await screen.findByTestId('spot-check-seed');
    expect(screen.queryByRole('button', { name: '记录问题' })).toBeNull();

    await user.click(screen.getByRole('button', { name: /下载 PDF/ }));
    await waitFor(() => expect(saveBlob).toHaveBeenCalledTimes(1));
    expect(vi.mocked(saveBlob).mock.calls[0][1]).toBe('2026-Q4通报.pdf');
    expect(screen.getByTestId('job-progress')).toHaveTextContent('已完成');
    const start = requests.find((r) => new URL(r.url).pathname === '/api/v1/supervision/jobs')!;
    expect(await start.clone().json()).toEqual({
      kind: 'SPOT_CHECK_NOTICE',
      spotCheckId: 5,
      format: 'PDF',
    });

    await user.click(screen.getByRole('button', { name: '结束抽查' }));
    await user.click(await screen.findByRole('button', { name: /^结\s?束$/ }));
    await waitFor(() =>
      expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/spot-checks/5/close')).toBe(
        true,
      ),
    );
  }, 60_000);

  it('lets the city office withdraw a check started by mistake, with a reason [32.2]', async () => {
    const user = userEvent.setup();
    const requests = renderShow(['CITY_ADMIN']);

    await user.click(await screen.findByRole('button', { name: '撤回抽查' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /撤\s?回/ }));
    expect(await within(dialog).findByText('请填写撤回理由')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('撤回理由'), '误选季度');
    await user.click(within(dialog).getByRole('button', { name: /撤\s?回/ }));
    await waitFor(() =>
      expect(
        requests.some((r) => new URL(r.url).pathname === '/api/v1/spot-checks/5/withdraw'),
      ).toBe(true),
    );
    const sent = requests.find(
      (r) => new URL(r.url).pathname === '/api/v1/spot-checks/5/withdraw',
    )!;
    expect(await sent.clone().json()).toEqual({ reason: '误选季度' });
  }, 60_000);
});
