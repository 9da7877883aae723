import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, stubApi } from '../test/http';
import { ReceiptPage } from './pages/ReceiptPage';
import { setReact19Render } from './reactRender';
import { SubmitPage } from './pages/SubmitPage';
import { savedReceipts } from './storage';

type Answer = Parameters<typeof stubApi>[0];

const HEALTH = {
  id: 29,
  parentId: 16,
  name: '南通市崇川区卫生健康委员会',
  shortName: '崇川区卫健委',
};
const ACCOUNT = {
  id: 7,
  platform: 'WECHAT_OFFICIAL',
  name: '健康崇川',
  status: 'ACTIVE',
  hostOrganizationId: 29,
};

/** The directory and no FAQ unless `more` answers. */
function answers(more: Answer = () => undefined): Answer {
  return async (request, path) => {
    const answer = await more(request, path);
    if (answer) return answer;
    if (path === '/api/public/v1/directory/organizations') return json([HEALTH]);
    if (path === '/api/public/v1/directory/organizations/29/accounts') return json([ACCOUNT]);
    if (path === '/api/public/v1/faqs')
      return json({ items: [], page: 1, size: 5, totalItems: 0, totalPages: 0 });
    return undefined;
  };
}

function renderMobile(path: string, api: Answer) {
  const requests = stubApi(api);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/submit', element: createElement(SubmitPage) },
      { path: '/receipt/:trackingNumber', element: createElement(ReceiptPage) },
    ],
    { initialEntries: [path] },
  );
  render(createElement(QueryClientProvider, { client }, createElement(RouterProvider, { router })));
  return { requests, router };
}

function png(name: string, bytes = 100): File {
  return new File([new Uint8Array(bytes)], name, { type: 'image/png' });
}

setReact19Render();
beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

describe('公众端 我要留言', () => {
  it('offers FAQ answers while the citizen types the title', async () => {
    const user = userEvent.setup();
    const { requests } = renderMobile(
      '/submit?organizationId=29',
      answers((request, path) => {
        const q = new URL(request.url).searchParams.get('q') ?? '';
        if (path === '/api/public/v1/faqs' && q.includes('疫苗'))
          return json({
            items: [
              {
                id: 3,
                question: '儿童疫苗在哪里预约？',
                answer: '请通过“健康崇川”公众号预约。',
                organizationName: '南通市崇川区卫生健康委员会',
                updatedAt: '2026-12-01T00:00:00Z',
              },
            ],
            page: 1,
            size: 5,
            totalItems: 1,
            totalPages: 1,
          });
        return undefined;
      }),
    );
    await user.type(screen.getByRole('textbox', { name: '标题' }), '疫苗预约');
    expect(await screen.findByText('这些回答可能已经解决您的问题')).toBeInTheDocument();
    await user.click(screen.getByText('儿童疫苗在哪里预约？'));
    expect(await screen.findByText('请通过“健康崇川”公众号预约。')).toBeVisible();
    const faqSearch = requests.find((request) => request.url.includes('/faqs?'));
    expect(new URL(faqSearch!.url).searchParams.get('organizationId')).toBe('29');
  });

  it('shows the API field errors next to the fields and sends an Idempotency-Key and X-Device-Id', async () => {
    const user = userEvent.setup();
    const { requests } = renderMobile(
      '/submit?organizationId=29',
      answers((request, path) => {
        if (path === '/api/public/v1/complaints' && request.method === 'POST')
          return json(
            {
              title: '请求参数校验失败',
              status: 400,
              errors: [{ field: 'content', message: '内容含有不允许的控制字符' }],
            },
            400,
          );
        return undefined;
      }),
    );
    await user.type(screen.getByRole('textbox', { name: '标题' }), '路灯不亮');
    await user.type(screen.getByRole('textbox', { name: '具体内容' }), '小区门口路灯坏了三天');
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('内容含有不允许的控制字符')).toBeInTheDocument();
    expect(document.getElementById('error-content')).toHaveTextContent('内容含有不允许的控制字符');
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(post.headers.get('X-Device-Id')).toBe(localStorage.getItem('govmedia.m.deviceId'));
    expect(await post.clone().json()).toMatchObject({
      kind: 'MESSAGE',
      organizationId: 29,
      title: '路灯不亮',
    });
  });

  it('refuses a 4th photo and a file that is not an image before anything is sent', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderMobile('/submit?organizationId=29', answers());
    const input = document.querySelector<HTMLInputElement>('#submit-photos')!;
    await user.upload(input, [png('1.png'), png('2.png'), png('3.png'), png('4.png')]);
    expect(await screen.findByText('4.png：最多上传 3 张照片')).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /待上传照片/ })).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: '删除照片 1' }));
    await user.upload(input, new File(['%PDF'], 'a.pdf', { type: 'application/pdf' }));
    expect(
      await screen.findByText('a.pdf：只能上传 JPEG、PNG 或 WebP 格式的照片'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /待上传照片/ })).toHaveLength(2);
  });

  it('sends photos as multipart to …/with-photos and opens the receipt', async () => {
    // Node's fetch cannot read jsdom's Blobs: the parts are looked at as they are added
    const append = vi.spyOn(FormData.prototype, 'append');
    const user = userEvent.setup();
    const { requests, router } = renderMobile(
      '/submit?organizationId=29',
      answers((_request, path) => {
        if (path === '/api/public/v1/complaints/with-photos')
          return json(
            {
              trackingNumber: 'TS2026120500001',
              queryToken: 'q-token-123',
              duplicate: false,
              message: '已受理',
              submittedAt: '2026-12-05T01:00:00Z',
              replyDueOn: '2026-12-12',
            },
            201,
          );
        return undefined;
      }),
    );
    await user.click(await screen.findByText('健康崇川 · 微信公众号'));
    await user.type(screen.getByRole('textbox', { name: '标题' }), '诊所收费不透明');
    await user.type(screen.getByRole('textbox', { name: '具体内容' }), '收费没有明码标价');
    await user.upload(document.querySelector<HTMLInputElement>('#submit-photos')!, png('a.png'));
    await user.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/receipt/TS2026120500001'));
    const post = requests.find((request) => request.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/public/v1/complaints/with-photos');
    expect(post.headers.get('content-type')).toContain('multipart/form-data');
    const parts = append.mock.calls.map(([name, value]) => [name, value] as const);
    expect(parts.map(([name]) => name)).toEqual(['submission', 'photos']);
    const submission = parts[0][1];
    expect(submission.type).toBe('application/json');
    expect(JSON.parse(await submission.text())).toMatchObject({
      accountId: 7,
      title: '诊所收费不透明',
    });
    expect(savedReceipts()[0]).toMatchObject({
      trackingNumber: 'TS2026120500001',
      queryToken: 'q-token-123',
    });
  });
});

describe('公众端 回执', () => {
  it('shows the tracking number and the token once, with copy buttons', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    stubApi(() => undefined);
    const client = new QueryClient();
    const router = createMemoryRouter(
      [{ path: '/receipt/:trackingNumber', element: createElement(ReceiptPage) }],
      {
        initialEntries: [
          {
            pathname: '/receipt/TS2026120500002',
            state: {
              receipt: {
                trackingNumber: 'TS2026120500002',
                queryToken: 'tok-xyz',
                duplicate: false,
                message: '已受理，请妥善保存查询码',
                submittedAt: '2026-12-05T01:00:00Z',
                replyDueOn: '2026-12-12',
              },
            },
          },
        ],
      },
    );
    render(
      createElement(QueryClientProvider, { client }, createElement(RouterProvider, { router })),
    );
    expect(screen.getByTestId('tracking-number')).toHaveTextContent('TS2026120500002');
    expect(screen.getByTestId('query-token')).toHaveTextContent('tok-xyz');
    expect(screen.getByText(/查询码只显示这一次/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '复制查询码' }));
    expect(writeText).toHaveBeenCalledWith('tok-xyz');
    await user.click(screen.getByRole('button', { name: '复制编号' }));
    expect(writeText).toHaveBeenCalledWith('TS2026120500002');
  });
});
