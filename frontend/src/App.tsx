import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { RouterProvider } from 'react-router';
import { configureHttp, setNotifier } from './api/http';
import { createQueryClient } from './api/queryClient';
import { getAccessToken, onSigninCallback, relogin, userManager } from './auth/oidc';
import { setSessionDialog } from './auth/sessionExpired';
import { router } from './routes';

dayjs.locale('zh-cn');

configureHttp({
  getAccessToken,
  onUnauthorized: relogin,
  onForbidden: () => void router.navigate('/403', { replace: true }),
});

const queryClient = createQueryClient();

/** Hands antd's context-aware notification and modal to the error handler and the 登录已过期 prompt. */
function NotifierBridge() {
  const { notification, modal } = AntApp.useApp();
  useEffect(() => setNotifier(notification), [notification]);
  useEffect(() => setSessionDialog(modal.warning), [modal]);
  return null;
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#b71c1c' } }}>
      <AntApp>
        <NotifierBridge />
        <AuthProvider userManager={userManager()} onSigninCallback={onSigninCallback}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}
