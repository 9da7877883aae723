import type { NotificationInstance } from 'antd/es/notification/interface';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  api,
  ApiError,
  configureHttp,
  handleApiError,
  setNotifier,
  toApiError,
  unwrap,
} from './http';

function problemResponse(status: number, body: object): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

const validationProblem = {
  type: 'https://govmedia.nantong.gov.cn/problems/validation-failed',
  title: '请求参数校验失败',
  status: 400,
  detail: '请求中有 1 个字段无效',
  code: 'VALIDATION_FAILED',
  titleEn: 'Validation failed',
  detailEn: '1 field(s) in the request are invalid',
  requestId: 'req-42',
  errors: [
    {
      field: 'creditCode',
      code: 'CREDIT_CODE',
      message: '统一社会信用代码校验位错误',
      messageEn: 'bad check digit',
    },
  ],
};

function fakeNotifier() {
  const error = vi.fn();
  setNotifier({ error } as unknown as NotificationInstance);
  return error;
}

describe('toApiError', () => {
  it('reads problem+json into an ApiError with field errors', async () => {
    const error = await toApiError(problemResponse(400, validationProblem));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.problem.title).toBe('请求参数校验失败');
    expect(error.problem.requestId).toBe('req-42');
    expect(error.fieldErrors).toEqual([expect.objectContaining({ field: 'creditCode' })]);
  });

  it('falls back to a Chinese title when the body is not JSON', async () => {
    const error = await toApiError(
      new Response('<html>Bad Gateway</html>', {
        status: 502,
        headers: { 'content-type': 'text/html', 'x-request-id': 'gw-1' },
      }),
    );
    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('服务暂不可用');
    expect(error.problem.requestId).toBe('gw-1');
    expect(error.fieldErrors).toEqual([]);
  });
});

describe('handleApiError', () => {
  const onUnauthorized = vi.fn(() => true);
  const onForbidden = vi.fn();

  beforeEach(() => {
    onUnauthorized.mockReset().mockReturnValue(true);
    onForbidden.mockReset();
    configureHttp({ onUnauthorized, onForbidden });
  });

  it('shows title, detail and the field reasons in Chinese, the request id under 技术信息', async () => {
    const notify = fakeNotifier();
    handleApiError(await toApiError(problemResponse(400, validationProblem)));

    expect(notify).toHaveBeenCalledTimes(1);
    const args = notify.mock.calls[0][0] as { message: string; description: ReactNode };
    expect(args.message).toBe('请求参数校验失败');
    render(<>{args.description}</>);
    expect(screen.getByText('请求中有 1 个字段无效')).toBeInTheDocument();
    expect(screen.getByText('统一社会信用代码校验位错误')).toBeInTheDocument();
    expect(screen.queryByText(/creditCode/)).toBeNull();
    expect(screen.getByText('技术信息').closest('details')).toHaveTextContent('请求编号：req-42');
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(onForbidden).not.toHaveBeenCalled();
  });

  it('starts a new login on 401 without a notification', async () => {
    const notify = fakeNotifier();
    handleApiError(
      await toApiError(problemResponse(401, { title: '未登录或令牌无效', status: 401 })),
    );
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(notify).not.toHaveBeenCalled();
  });

  it('shows the 401 problem when no new login was started', async () => {
    onUnauthorized.mockReturnValue(false);
    const notify = fakeNotifier();
    handleApiError(
      await toApiError(problemResponse(401, { title: '未登录或令牌无效', status: 401 })),
    );
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ message: '未登录或令牌无效' }));
  });

  it('goes to the 403 page on 403', async () => {
    fakeNotifier();
    handleApiError(await toApiError(problemResponse(403, { title: '角色无权执行', status: 403 })));
    expect(onForbidden).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('handles errors that are not problems', () => {
    const notify = fakeNotifier();
    handleApiError(new TypeError('Failed to fetch'));
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ message: '操作失败' }));
  });
});

describe('api client middleware', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the bearer token and turns a problem response into an ApiError', async () => {
    const fetchMock = vi.fn((request: Request) => {
      void request;
      return Promise.resolve(
        problemResponse(404, {
          title: '不存在或不在本单位范围内',
          status: 404,
          requestId: 'r-404',
        }),
      );
    });
    vi.stubGlobal('fetch', fetchMock);
    configureHttp({ getAccessToken: () => 'token-123' });

    const call = unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: 99 } } }));
    await expect(call).rejects.toMatchObject({ status: 404, problem: { requestId: 'r-404' } });

    const request = fetchMock.mock.calls[0][0];
    expect(new URL(request.url).pathname).toBe('/api/v1/organizations/99');
    expect(request.headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('returns the data of a successful response', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response(JSON.stringify({ intact: true, checked: 3 }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    await expect(unwrap(api.GET('/api/v1/audit-events/verification'))).resolves.toEqual({
      intact: true,
      checked: 3,
    });
  });
});
