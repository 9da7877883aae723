import { Suspense, type ReactNode } from 'react';
import { Skeleton } from 'antd';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { appRoutes } from './appRoutes';
import { Callback } from './auth/Callback';
import { RequireAuth } from './auth/RequireAuth';
import { Guard } from './components/Guard';
import { AdminLayout } from './layouts/AdminLayout';
import { Forbidden } from './pages/exception/Forbidden';
import { NotFound } from './pages/exception/NotFound';

/** A lazily loaded page, with a placeholder while its chunk arrives. */
function page(element: ReactNode) {
  return <Suspense fallback={<Skeleton active />}>{element}</Suspense>;
}

export const routeObjects: RouteObject[] = [
  { path: '/callback', element: <Callback /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AdminLayout routes={appRoutes} />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/workbench" replace /> },
      ...appRoutes.flatMap((route) => [
        { path: route.path, element: <Guard access={route.access}>{page(route.element)}</Guard> },
        ...(route.children ?? []).map((child) => ({
          path: `${route.path}/${child.path}`,
          element: <Guard access={child.access ?? route.access}>{page(child.element)}</Guard>,
        })),
      ]),
      { path: '/403', element: <Forbidden /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routeObjects);
