import { Button, Result, Typography } from 'antd';
import { ConfigError } from '../../config';

/** Shown instead of the app when /config.json is missing or wrong: the administrator must fix the deployment. */
export function ConfigMissing({ error }: { error: unknown }) {
  const message =
    error instanceof ConfigError ? error.message : `配置文件缺失或无效：${String(error)}`;
  return (
    <Result
      status="error"
      title="配置文件缺失或无效，管理平台无法启动"
      subTitle={<span data-testid="config-error">{message}</span>}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          重新加载
        </Button>
      }
    >
      <Typography.Paragraph>
        请系统管理员在 index.html 同目录提供 config.json，例如：
        <Typography.Text code>
          {'{"issuer":"https://身份认证服务地址","clientId":"govmedia-admin","apiBase":""}'}
        </Typography.Text>
        （apiBase 为空表示与管理端同源）。
      </Typography.Paragraph>
    </Result>
  );
}
