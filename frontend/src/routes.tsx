import {
  ApartmentOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  CloudSyncOutlined,
  CommentOutlined,
  FileProtectOutlined,
  FundOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import type { AccessKey } from './access';
import { Callback } from './auth/Callback';
import { RequireAuth } from './auth/RequireAuth';
import { Guard } from './components/Guard';
import { UnderConstruction } from './components/UnderConstruction';
import { AdminLayout } from './layouts/AdminLayout';
import { AuditList } from './pages/audit/list';
import { Forbidden } from './pages/exception/Forbidden';
import { NotFound } from './pages/exception/NotFound';
import { OrganizationList } from './pages/organizations/list';

/** A module of the admin app: one menu item, one route, one permission from access.ts. */
export interface AppRoute {
  path: string;
  name: string;
  icon: ReactNode;
  access: AccessKey;
  element: ReactNode;
}

export const appRoutes: AppRoute[] = [
  {
    path: '/accounts',
    name: '账号',
    icon: <TeamOutlined />,
    access: 'canAccounts',
    element: <UnderConstruction title="账号" />,
  },
  {
    path: '/filings',
    name: '备案',
    icon: <FileProtectOutlined />,
    access: 'canFilings',
    element: <UnderConstruction title="备案" />,
  },
  {
    path: '/reviews',
    name: '审核',
    icon: <CheckSquareOutlined />,
    access: 'canReviews',
    element: <UnderConstruction title="审核" />,
  },
  {
    path: '/interactions',
    name: '互动',
    icon: <CommentOutlined />,
    access: 'canInteractions',
    element: <UnderConstruction title="互动" />,
  },
  {
    path: '/rumours',
    name: '辟谣',
    icon: <SafetyCertificateOutlined />,
    access: 'canRumours',
    element: <UnderConstruction title="辟谣" />,
  },
  {
    path: '/supervision',
    name: '监管考核',
    icon: <FundOutlined />,
    access: 'canSupervision',
    element: <UnderConstruction title="监管考核" />,
  },
  {
    path: '/sync',
    name: '省级同步',
    icon: <CloudSyncOutlined />,
    access: 'canSync',
    element: <UnderConstruction title="省级同步" />,
  },
  {
    path: '/organizations',
    name: '单位',
    icon: <ApartmentOutlined />,
    access: 'canOrganizations',
    element: <OrganizationList />,
  },
  {
    path: '/audit',
    name: '审计',
    icon: <AuditOutlined />,
    access: 'canAudit',
    element: <AuditList />,
  },
];

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
      { index: true, element: <Navigate to="/organizations" replace /> },
      ...appRoutes.map((route) => ({
        path: route.path,
        element: <Guard access={route.access}>{route.element}</Guard>,
      })),
      { path: '/403', element: <Forbidden /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routeObjects);
