import { Button, Result, Spin } from 'antd';
import { useAuth } from 'react-oidc-context';
import { Navigate } from 'react-router';
import { returnToOf } from './oidc';

/** The redirect_uri: react-oidc-context exchanges the code, then we go back where we were. */
export function Callback() {
  const auth = useAuth();
  if (auth.error) {
    return (
      <Result
        status="error"
        title="登录失败"
        subTitle={auth.error.message}
        extra={
          <Button type="primary" href="/">
            返回首页
          </Button>
        }
      />
    );
  }
  if (auth.isAuthenticated) {
    return <Navigate to={returnToOf(auth.user)} replace />;
  }
  return <Spin size="large" fullscreen tip="正在登录…" />;
}
