import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';

/** A JSON response (problem+json for errors). */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/** A page of a list as the API answers it. */
export function pageOf<T>(items: T[], page = 1, size = 20) {
  return { items, page, size, totalItems: items.length, totalPages: 1 };
}

/** The people the test's GET /api/v1/people knows, as [login id, display name] of 崇川区教体局. */
export function peopleApi(...people: [string, string][]): Answer {
  return (_request, path) =>
    path === '/api/v1/people'
      ? json(
          people.map(([username, displayName]) => ({
            username,
            displayName,
            organizationName: '崇川区教体局',
          })),
        )
      : undefined;
}

type Answer = (
  request: Request,
  path: string,
) => Response | undefined | Promise<Response | undefined>;

/**
 * Stubs fetch with `answer` (by request and path; undefined is a 404) and returns the list every
 * request is recorded in.
 */
export function stubApi(answer: Answer) {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', (request: Request) => {
    requests.push(request);
    return Promise.resolve(answer(request, new URL(request.url).pathname)).then(
      (response) => response ?? json({ title: '不存在', status: 404 }, 404),
    );
  });
  return requests;
}

/** The signed-in user of a test: the token's claims, also what GET /api/v1/me answers. */
export interface TestUser {
  roles: string[];
  username?: string;
  name?: string;
  orgCode?: string;
  /** more of GET /api/v1/me (e.g. the organization) */
  me?: Record<string, unknown>;
}

export interface RenderOptions {
  user?: TestUser;
  /** the API's answers; GET /api/v1/me answers the user unless this does */
  api?: Answer;
  /** the URL to start at */
  path?: string;
  /** rendered beside the router (e.g. a probe of the location) */
  extra?: ReactNode;
  /** the OIDC state itself, over the signed-in user's (a login under way, an error, nobody) */
  auth?: Partial<AuthContextProps>;
}

function authOf(user: TestUser, more?: Partial<AuthContextProps>): AuthContextProps {
  const profile = {
    sub: user.username ?? 'tester',
    preferred_username: user.username ?? 'tester',
    roles: user.roles,
    name: user.name ?? '测试用户',
    org_code: user.orgCode ?? 'CC-EDU',
  };
  return {
    isAuthenticated: true,
    isLoading: false,
    user: { profile, access_token: 'test-token' },
    ...more,
  } as unknown as AuthContextProps;
}

/**
 * Renders the admin app's way: signed in as `user` (OIDC context), a fresh query client without
 * retries, antd's App context, a memory router at `path`, and fetch stubbed with `api`.
 * Answers every request the page made, and the router.
 */
export function renderApp(page: ReactElement | RouteObject[], options: RenderOptions = {}) {
  const {
    user = { roles: ['OPERATOR'] },
    api = () => undefined,
    path = '/',
    extra,
    auth,
  } = options;
  const requests = stubApi(async (request, pathname) => {
    const answer = await api(request, pathname);
    if (answer || pathname !== '/api/v1/me') return answer;
    return json({
      username: user.username ?? 'tester',
      roles: user.roles,
      organizationCode: user.orgCode ?? 'CC-EDU',
      ...user.me,
    });
  });
  const routes = Array.isArray(page) ? page : [{ path: '*', element: page }];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    createElement(
      AuthContext.Provider,
      { value: authOf(user, auth) },
      createElement(
        QueryClientProvider,
        { client },
        createElement(AntApp, null, createElement(RouterProvider, { router }), extra),
      ),
    ),
  );
  return { requests, router, client, ...view };
}

/** The query of the last GET to `path`. */
export function lastQuery(requests: Request[], path: string): URLSearchParams {
  const request = requests
    .filter((r) => r.method === 'GET' && new URL(r.url).pathname === path)
    .at(-1);
  return new URL(request?.url ?? 'http://test/').searchParams;
}
