import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CloudSyncOutlined,
  CommentOutlined,
  FileProtectOutlined,
  HomeOutlined,
  FileDoneOutlined,
  FundOutlined,
  PhoneOutlined,
  SafetyOutlined,
  IdcardOutlined,
  QuestionCircleOutlined,
  ReadOutlined,
  RetweetOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Suspense, type ReactNode } from 'react';
import { Skeleton } from 'antd';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import type { AccessKey } from './access';
import { Callback } from './auth/Callback';
import { RequireAuth } from './auth/RequireAuth';
import { Guard } from './components/Guard';
import { AdminLayout } from './layouts/AdminLayout';
import {
  AccountList,
  AccountShow,
  AuditList,
  CalendarPage,
  CounterfeitList,
  DutyPage,
  IncidentList,
  IncidentShow,
  SecurityPage,
  FaqList,
  FilingForm,
  FilingList,
  FilingShow,
  InteractionList,
  InteractionShow,
  OrganizationList,
  PublicationList,
  RectificationList,
  RepostPage,
  ReviewEditor,
  ReviewList,
  ReviewShow,
  RumourEditor,
  RumourList,
  RumourShow,
  StaffList,
  SupervisionPage,
  SpotCheckShow,
  SyncPage,
  UserList,
} from './pages/lazy';
// the home page comes with the app rather than on demand: it is what every login opens
import { WorkbenchPage } from './pages/workbench/WorkbenchPage';
import { Forbidden } from './pages/exception/Forbidden';
import { NotFound } from './pages/exception/NotFound';

/** A module of the admin app: one menu item, one route, one permission from access.ts. */
export interface AppRoute {
  path: string;
  name: string;
  icon: ReactNode;
  access: AccessKey;
  element: ReactNode;
  /** Pages under the module (no menu item); `access` defaults to the module's. */
  children?: { path: string; access?: AccessKey; element: ReactNode }[];
}

export const appRoutes: AppRoute[] = [
  {
    path: '/workbench',
    name: '工作台',
    icon: <HomeOutlined />,
    access: 'canWorkbench',
    element: <WorkbenchPage />,
  },
  {
    path: '/accounts',
    name: '账号',
    icon: <TeamOutlined />,
    access: 'canAccounts',
    element: <AccountList />,
    children: [{ path: ':id', element: <AccountShow /> }],
  },
  {
    path: '/filings',
    name: '备案',
    icon: <FileProtectOutlined />,
    access: 'canFilings',
    element: <FilingList />,
    children: [
      { path: 'new/:type', access: 'canSubmitFilings', element: <FilingForm /> },
      { path: ':id', element: <FilingShow /> },
    ],
  },
  {
    path: '/staff',
    name: '人员',
    icon: <UserOutlined />,
    access: 'canStaff',
    element: <StaffList />,
  },
  {
    path: '/calendar',
    name: '工作日历',
    icon: <CalendarOutlined />,
    access: 'canCalendar',
    element: <CalendarPage />,
  },
  {
    path: '/reviews',
    name: '审核',
    icon: <CheckSquareOutlined />,
    access: 'canReviews',
    element: <ReviewList />,
    children: [
      { path: 'new', access: 'canWriteReviews', element: <ReviewEditor /> },
      { path: ':id/edit', access: 'canWriteReviews', element: <ReviewEditor /> },
      { path: ':id', element: <ReviewShow /> },
    ],
  },
  {
    path: '/publications',
    name: '发布记录',
    icon: <ReadOutlined />,
    access: 'canPublications',
    element: <PublicationList />,
  },
  {
    path: '/reposts',
    name: '转发任务',
    icon: <RetweetOutlined />,
    access: 'canPublications',
    element: <RepostPage />,
  },
  {
    path: '/interactions',
    name: '互动',
    icon: <CommentOutlined />,
    access: 'canInteractions',
    element: <InteractionList />,
    children: [{ path: ':id', element: <InteractionShow /> }],
  },
  {
    path: '/faqs',
    name: '答问库',
    icon: <QuestionCircleOutlined />,
    access: 'canFaqs',
    element: <FaqList />,
  },
  {
    path: '/counterfeits',
    name: '假冒核查',
    icon: <WarningOutlined />,
    access: 'canCounterfeits',
    element: <CounterfeitList />,
  },
  {
    path: '/rumours',
    name: '辟谣',
    icon: <SafetyCertificateOutlined />,
    access: 'canRumours',
    element: <RumourList />,
    children: [
      { path: 'new', access: 'canWriteRumours', element: <RumourEditor /> },
      { path: ':id/edit', access: 'canWriteRumours', element: <RumourEditor /> },
      { path: ':id', element: <RumourShow /> },
    ],
  },
  {
    path: '/supervision',
    name: '监管考核',
    icon: <FundOutlined />,
    access: 'canSupervision',
    element: <SupervisionPage tab="overview" />,
    children: [
      { path: 'organizations', element: <SupervisionPage tab="organizations" /> },
      { path: 'accounts', element: <SupervisionPage tab="accounts" /> },
      { path: 'coverage', element: <SupervisionPage tab="coverage" /> },
      {
        path: 'spot-checks',
        access: 'canSpotChecks',
        element: <SupervisionPage tab="spot-checks" />,
      },
      { path: 'spot-checks/:id', access: 'canSpotChecks', element: <SpotCheckShow /> },
      {
        path: 'checklist',
        access: 'canManageChecklist',
        element: <SupervisionPage tab="checklist" />,
      },
      {
        path: 'external-findings',
        access: 'canExternalFindings',
        element: <SupervisionPage tab="external-findings" />,
      },
      { path: 'lexicons', access: 'canLexicons', element: <SupervisionPage tab="lexicons" /> },
      { path: 'measures', element: <SupervisionPage tab="measures" /> },
      { path: 'reposts', element: <SupervisionPage tab="reposts" /> },
      { path: 'assessment', element: <SupervisionPage tab="assessment" /> },
    ],
  },
  {
    path: '/sync',
    name: '省级同步',
    icon: <CloudSyncOutlined />,
    access: 'canSync',
    element: <SyncPage />,
  },
  {
    path: '/rectifications',
    name: '整改',
    icon: <FileDoneOutlined />,
    access: 'canRectifications',
    element: <RectificationList />,
  },
  {
    path: '/incidents',
    name: '事件舆情',
    icon: <AlertOutlined />,
    access: 'canIncidents',
    element: <IncidentList />,
    children: [{ path: ':id', element: <IncidentShow /> }],
  },
  {
    path: '/duty',
    name: '值班值守',
    icon: <PhoneOutlined />,
    access: 'canDuty',
    element: <DutyPage />,
  },
  {
    path: '/security',
    name: '安全台账',
    icon: <SafetyOutlined />,
    access: 'canSecurity',
    element: <SecurityPage />,
  },
  {
    path: '/organizations',
    name: '单位',
    icon: <ApartmentOutlined />,
    access: 'canOrganizations',
    element: <OrganizationList />,
  },
  {
    path: '/users',
    name: '用户管理',
    icon: <IdcardOutlined />,
    access: 'canUsers',
    element: <UserList />,
  },
  {
    path: '/audit',
    name: '审计',
    icon: <AuditOutlined />,
    access: 'canAudit',
    element: <AuditList />,
  },
];

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
