import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Space, Typography } from 'antd';
import { useAuth } from 'react-oidc-context';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/useCurrentUser';
import { APP_TITLE } from '../locales/zh-CN';
import { NextYearCalendarReminder } from '../pages/calendar/assumed';
import { AttentionNotifier } from '../pages/incidents/attentionNotifier';
import { useIncidentAttention } from '../pages/incidents/queries';
import type { AppRoute } from '../appRoutes';
import { removeDraftsOf } from '../utils/drafts';
import { useWaiting } from '../pages/workbench/queries';
import { menuCounts, tilesFor } from '../pages/workbench/tiles';

const { Header, Sider, Content } = Layout;

export function AdminLayout({ routes }: { routes: AppRoute[] }) {
  const auth = useAuth();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();

  // incidents past a deadline (reporting, acknowledging, taking down, updating) badge their menu item
  const attention = useIncidentAttention(user.access.canIncidents);
  const overdue = attention.data?.overdue.length ?? 0;
  // what waits for the user (the workbench's tiles) badges the lists it is in; the same queries, no extra calls
  const tiles = tilesFor(user.roles);
  const waiting = useWaiting(tiles);
  const counts = menuCounts(
    tiles,
    waiting.map((query) => query.data?.totalItems),
  );
  const items = routes
    .filter((route) => user.access[route.access])
    .map((route) => {
      const count = route.path === '/incidents' ? overdue : (counts[route.path] ?? 0);
      const what = route.path === '/incidents' ? '起事件待处置' : '项待办';
      return {
        key: route.path,
        icon: route.icon,
        label:
          count > 0 ? (
            <Space size={6}>
              {route.name}
              <Badge count={count} size="small" aria-label={`${count} ${what}`} />
            </Space>
          ) : (
            route.name
          ),
      };
    });
  const selected = routes
    .map((route) => route.path)
    .filter((path) => location.pathname === path || location.pathname.startsWith(`${path}/`));

  const logout = async () => {
    // a deliberate 退出 leaves nothing of this user's typing in the browser (the next user may share it)
    removeDraftsOf(user.username);
    try {
      await auth.signoutRedirect({ post_logout_redirect_uri: `${window.location.origin}/` });
    } catch {
      await auth.removeUser();
      window.location.assign('/');
    }
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AttentionNotifier overdue={attention.data?.overdue} />
      <Sider breakpoint="lg" collapsedWidth={0} theme="dark" width={200}>
        <div
          style={{
            color: '#fff',
            fontWeight: 600,
            fontSize: 16,
            padding: '16px 20px',
            whiteSpace: 'nowrap',
          }}
        >
          {APP_TITLE}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          aria-label="主菜单"
          selectedKeys={selected}
          items={items}
          onClick={({ key }) => void navigate(key)}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            paddingInline: 24,
          }}
        >
          <Space size="middle">
            <UserOutlined />
            <Typography.Text strong data-testid="user-name">
              {user.displayName}
            </Typography.Text>
            <Typography.Text type="secondary" data-testid="user-organization">
              {user.organizationName ?? user.organizationCode}
            </Typography.Text>
            <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
              退出
            </Button>
          </Space>
        </Header>
        <Content style={{ margin: 24 }}>
          {user.access.canManageCalendar && <NextYearCalendarReminder />}
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
