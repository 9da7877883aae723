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
import type { ReactNode } from 'react';
import type { AccessKey } from './access';
import * as Pages from './pages/lazy';
// the home page comes with the app rather than on demand: it is what every login opens
import { WorkbenchPage } from './pages/workbench/WorkbenchPage';

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
    element: <Pages.AccountList />,
    children: [{ path: ':id', element: <Pages.AccountShow /> }],
  },
  {
    path: '/filings',
    name: '备案',
    icon: <FileProtectOutlined />,
    access: 'canFilings',
    element: <Pages.FilingList />,
    children: [
      { path: 'new/:type', access: 'canSubmitFilings', element: <Pages.FilingForm /> },
      { path: ':id', element: <Pages.FilingShow /> },
    ],
  },
  {
    path: '/staff',
    name: '人员',
    icon: <UserOutlined />,
    access: 'canStaff',
    element: <Pages.StaffList />,
  },
  {
    path: '/calendar',
    name: '工作日历',
    icon: <CalendarOutlined />,
    access: 'canCalendar',
    element: <Pages.CalendarPage />,
  },
  {
    path: '/reviews',
    name: '审核',
    icon: <CheckSquareOutlined />,
    access: 'canReviews',
    element: <Pages.ReviewList />,
    children: [
      { path: 'new', access: 'canWriteReviews', element: <Pages.ReviewEditor /> },
      { path: ':id/edit', access: 'canWriteReviews', element: <Pages.ReviewEditor /> },
      { path: ':id', element: <Pages.ReviewShow /> },
    ],
  },
  {
    path: '/publications',
    name: '发布记录',
    icon: <ReadOutlined />,
    access: 'canPublications',
    element: <Pages.PublicationList />,
  },
  {
    path: '/reposts',
    name: '转发任务',
    icon: <RetweetOutlined />,
    access: 'canPublications',
    element: <Pages.RepostPage />,
  },
  {
    path: '/interactions',
    name: '互动',
    icon: <CommentOutlined />,
    access: 'canInteractions',
    element: <Pages.InteractionList />,
    children: [{ path: ':id', element: <Pages.InteractionShow /> }],
  },
  {
    path: '/faqs',
    name: '答问库',
    icon: <QuestionCircleOutlined />,
    access: 'canFaqs',
    element: <Pages.FaqList />,
  },
  {
    path: '/counterfeits',
    name: '假冒核查',
    icon: <WarningOutlined />,
    access: 'canCounterfeits',
    element: <Pages.CounterfeitList />,
  },
  {
    path: '/rumours',
    name: '辟谣',
    icon: <SafetyCertificateOutlined />,
    access: 'canRumours',
    element: <Pages.RumourList />,
    children: [
      { path: 'new', access: 'canWriteRumours', element: <Pages.RumourEditor /> },
      { path: ':id/edit', access: 'canWriteRumours', element: <Pages.RumourEditor /> },
      { path: ':id', element: <Pages.RumourShow /> },
    ],
  },
  {
    path: '/supervision',
    name: '监管考核',
    icon: <FundOutlined />,
    access: 'canSupervision',
    element: <Pages.SupervisionPage tab="overview" />,
    children: [
      { path: 'organizations', element: <Pages.SupervisionPage tab="organizations" /> },
      { path: 'accounts', element: <Pages.SupervisionPage tab="accounts" /> },
      { path: 'coverage', element: <Pages.SupervisionPage tab="coverage" /> },
      {
        path: 'spot-checks',
        access: 'canSpotChecks',
        element: <Pages.SupervisionPage tab="spot-checks" />,
      },
      { path: 'spot-checks/:id', access: 'canSpotChecks', element: <Pages.SpotCheckShow /> },
      {
        path: 'checklist',
        access: 'canManageChecklist',
        element: <Pages.SupervisionPage tab="checklist" />,
      },
      {
        path: 'external-findings',
        access: 'canExternalFindings',
        element: <Pages.SupervisionPage tab="external-findings" />,
      },
      {
        path: 'lexicons',
        access: 'canLexicons',
        element: <Pages.SupervisionPage tab="lexicons" />,
      },
      { path: 'measures', element: <Pages.SupervisionPage tab="measures" /> },
      { path: 'reposts', element: <Pages.SupervisionPage tab="reposts" /> },
      { path: 'assessment', element: <Pages.SupervisionPage tab="assessment" /> },
    ],
  },
  {
    path: '/sync',
    name: '省级同步',
    icon: <CloudSyncOutlined />,
    access: 'canSync',
    element: <Pages.SyncPage />,
  },
  {
    path: '/rectifications',
    name: '整改',
    icon: <FileDoneOutlined />,
    access: 'canRectifications',
    element: <Pages.RectificationList />,
  },
  {
    path: '/incidents',
    name: '事件舆情',
    icon: <AlertOutlined />,
    access: 'canIncidents',
    element: <Pages.IncidentList />,
    children: [{ path: ':id', element: <Pages.IncidentShow /> }],
  },
  {
    path: '/duty',
    name: '值班值守',
    icon: <PhoneOutlined />,
    access: 'canDuty',
    element: <Pages.DutyPage />,
  },
  {
    path: '/security',
    name: '安全台账',
    icon: <SafetyOutlined />,
    access: 'canSecurity',
    element: <Pages.SecurityPage />,
  },
  {
    path: '/organizations',
    name: '单位',
    icon: <ApartmentOutlined />,
    access: 'canOrganizations',
    element: <Pages.OrganizationList />,
  },
  {
    path: '/users',
    name: '用户管理',
    icon: <IdcardOutlined />,
    access: 'canUsers',
    element: <Pages.UserList />,
  },
  {
    path: '/audit',
    name: '审计',
    icon: <AuditOutlined />,
    access: 'canAudit',
    element: <Pages.AuditList />,
  },
];
