import { notification } from 'antd';
import type { NotificationInstance } from 'antd/es/notification/interface';
import type { Middleware } from 'openapi-fetch';
import { createElement } from 'react';
import { runtimeConfig } from '../config';
import { lazyClient } from './lazyClient';
import { ApiError, readProblem } from './problem';
import { problemLines, technicalLines } from './problemText';

export { ApiError };

const FALLBACK_TITLES: Record<number, string> = {
  0: '无法连接服务器',
  400: '请求参数有误',
  401: '未登录或登录已过期',
  403: '无权执行此操作',
  404: '请求的内容不存在',
  409: '与现有数据冲突',
  422: '违反管理规定',
  500: '服务器内部错误',
  502: '服务暂不可用',
  503: '服务暂不可用',
};

/** Reads a failed response as problem details; tolerates non-JSON bodies. */
export function toApiError(response: Response): Promise<ApiError> {
  return readProblem(response, FALLBACK_TITLES);
}

interface HttpHooks {
  getAccessToken: () => Promise<string | undefined> | string | undefined;
  /** Returns false when it did not start a new login (the error is then shown). */
  onUnauthorized: () => boolean;
  onForbidden: () => void;
}

const hooks: HttpHooks = {
  getAccessToken: () => undefined,
  onUnauthorized: () => false,
  onForbidden: () => undefined,
};

let notifier: NotificationInstance = notification;

/** Wires authentication and navigation into the single error handler (called once by App). */
export function configureHttp(next: Partial<HttpHooks>): void {
  Object.assign(hooks, next);
}

/** Lets the handler use the context-aware instance from antd's <App> (locale, theme). */
export function setNotifier(instance: NotificationInstance): void {
  notifier = instance;
}

/**
 * The one error handler: every failed request ends here (through react-query's defaults).
 * 401 starts a new login, 403 shows the 403 page, everything else a notification in Chinese:
 * the detail, the reasons and the article, with the code and request id folded under 技术信息.
 */
export function handleApiError(error: unknown): void {
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError(
          { title: '操作失败', detail: error instanceof Error ? error.message : String(error) },
          0,
        );
  if (apiError.status === 401 && hooks.onUnauthorized()) return;
  if (apiError.status === 403) {
    hooks.onForbidden();
  }
  const technical = technicalLines(apiError);
  notifier.error({
    key: apiError.problem.requestId,
    message: apiError.problem.title,
    description: createElement(
      'div',
      { 'data-testid': 'api-error' },
      ...problemLines(apiError).map((line, index) => createElement('div', { key: index }, line)),
      technical.length > 0 &&
        createElement(
          'details',
          { key: 'technical', style: { marginTop: 8, color: 'rgba(0,0,0,0.45)', fontSize: 12 } },
          createElement('summary', null, '技术信息'),
          ...technical.map((line, index) => createElement('div', { key: index }, line)),
        ),
    ),
  });
}

const authAndErrors: Middleware = {
  async onRequest({ request }) {
    const token = await hooks.getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    // a download (e.g. the .xlsx export) asks for its own media type
    if (!request.headers.has('Accept') || request.headers.get('Accept') === '*/*')
      request.headers.set('Accept', 'application/json, application/problem+json');
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await toApiError(response);
    return undefined;
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    return new ApiError(
      {
        title: FALLBACK_TITLES[0],
        detail: error instanceof Error ? error.message : String(error),
      },
      0,
    );
  },
};

/** The API's origin from /config.json; an empty apiBase is the admin app's own origin. */
export function apiBaseUrl(): string {
  return runtimeConfig().apiBase || window.location.origin;
}

/**
 * Typed client for the GovMedia API (`/api/...` at apiBaseUrl()). Made on first use, once /config.json has loaded,
 * which is after the modules that import it.
 */
export const { api } = lazyClient(apiBaseUrl, authAndErrors);

/** Unwraps an openapi-fetch result: returns the data, throws the problem. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw await toApiError(response);
  return data as T;
}
