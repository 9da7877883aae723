import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { createElement, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';

/** A JSON response (problem+json for errors). */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/**
 * Stubs fetch with `answer` (by request and path; undefined is a 404) and returns the list every
 * request is recorded in.
 */
export function stubApi(answer: (request: Request, path: string) => Response | undefined) {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', (request: Request) => {
    requests.push(request);
    const response = answer(request, new URL(request.url).pathname);
    return Promise.resolve(response ?? json({ title: '不存在', status: 404 }, 404));
  });
  return requests;
}

/** Renders routes at `path` with a fresh query client (no retries) and antd's App context. */
export function renderRoutes(routes: RouteObject[], path: string, extra?: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    createElement(
      QueryClientProvider,
      { client },
      createElement(AntApp, null, createElement(RouterProvider, { router }), extra),
    ),
  );
  return router;
}
