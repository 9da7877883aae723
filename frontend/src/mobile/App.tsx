import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SafeArea } from 'antd-mobile';
import {
  CheckShieldOutline,
  EditSOutline,
  FileOutline,
  SearchOutline,
  SoundOutline,
} from 'antd-mobile-icons';
import { useMemo } from 'react';
import {
  createHashRouter,
  Navigate,
  NavLink,
  Outlet,
  RouterProvider,
  type RouteObject,
} from 'react-router';
import './mobile.css';
import { NoticeDetailPage, NoticesPage } from './pages/NoticesPage';
import { ReceiptPage } from './pages/ReceiptPage';
import { RumourDetailPage, RumoursPage } from './pages/RumoursPage';
import { SubmitPage } from './pages/SubmitPage';
import { TrackPage } from './pages/TrackPage';
import { VerifyPage } from './pages/VerifyPage';

const TABS = [
  { to: '/verify', label: '核验', icon: <CheckShieldOutline aria-hidden /> },
  { to: '/submit', label: '留言', icon: <EditSOutline aria-hidden /> },
  { to: '/track', label: '查询', icon: <SearchOutline aria-hidden /> },
  { to: '/rumours', label: '辟谣', icon: <SoundOutline aria-hidden /> },
  { to: '/notices', label: '公告', icon: <FileOutline aria-hidden /> },
];

/** The bottom tab bar: five big links in reach of a thumb. */
function TabBar() {
  return (
    <nav className="m-tabbar" aria-label="主导航">
      {TABS.map((tab) => (
        <NavLink key={tab.to} to={tab.to} className={({ isActive }) => (isActive ? 'active' : '')}>
          {tab.icon}
          <span>{tab.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}

function Shell() {
  return (
    <div className="m-shell">
      <Outlet />
      <TabBar />
      <SafeArea position="bottom" />
    </div>
  );
}

const mobileRoutes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/verify" replace /> },
      { path: 'verify', element: <VerifyPage /> },
      { path: 'submit', element: <SubmitPage /> },
      { path: 'receipt/:trackingNumber', element: <ReceiptPage /> },
      { path: 'track', element: <TrackPage /> },
      { path: 'rumours', element: <RumoursPage /> },
      { path: 'rumours/:id', element: <RumourDetailPage /> },
      { path: 'notices', element: <NoticesPage /> },
      { path: 'notices/supervision/:id', element: <NoticeDetailPage /> },
      { path: '*', element: <Navigate to="/verify" replace /> },
    ],
  },
];

/** The public (公众端) app: hash routes, so /m/index.html serves every page in vite preview and nginx. */
export function MobileApp() {
  const client = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 30_000 } } }),
    [],
  );
  const router = useMemo(() => createHashRouter(mobileRoutes), []);
  return (
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
