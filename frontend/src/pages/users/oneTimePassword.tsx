import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import type { UserWithOneTimePassword } from '../../api/types';

/** Shows a one-time password once, with a copy button; it cannot be shown again after closing. */
export function OneTimePasswordDialog({
  result,
  onClose,
}: {
  result: UserWithOneTimePassword;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(result.oneTimePassword);
      void message.success('已复制到剪贴板');
    } catch {
      void message.warning('无法访问剪贴板，请手动选中密码复制');
    }
  };
  return (
    <Modal
      open
      title={`一次性密码：${result.user.displayName}（${result.user.username}）`}
      closable={false}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="warning"
          showIcon
          title="仅显示一次"
          description="关闭后无法再次查看。请通过安全渠道告知本人；首次登录时须修改密码。"
        />
        <Space>
          <Typography.Text code strong style={{ fontSize: 18 }} data-testid="one-time-password">
            {result.oneTimePassword}
          </Typography.Text>
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            复制密码
          </Button>
        </Space>
      </Space>
    </Modal>
  );
}
