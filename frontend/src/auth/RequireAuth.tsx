import { Button, Result, Spin } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';
import type { SigninState } from './oidc';

/** Renders children only for a signed-in user; otherwise starts the login round trip. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  // a failed silent renewal is no failed login: the user works on until the token runs out, then logs in again
  const loginError = auth.error?.source === 'renewSilent' ? undefined : auth.error;
  const mustLogin =
    !hasAuthParams() &&
    !auth.isAuthenticated &&
    !auth.activeNavigator &&
    !auth.isLoading &&
    !loginError;

  useEffect(() => {
    if (mustLogin) {
      const returnTo = location.pathname + location.search;
      void auth.signinRedirect({ state: { returnTo } satisfies SigninState });
    }
  }, [mustLogin, auth, location.pathname, location.search]);

  if (loginError && !auth.isAuthenticated) {
    return (
      <Result
        status="error"
        title="登录失败"
        subTitle={loginError.message}
        extra={
          <Button type="primary" onClick={() => void auth.signinRedirect()}>
            重新登录
          </Button>
        }
      />
    );
  }
  if (!auth.isAuthenticated) {
    return <Spin size="large" fullscreen tip="正在登录…" />;
  }
  return children;
}
