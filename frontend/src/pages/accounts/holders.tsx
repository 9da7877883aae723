import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AccountResponse, StaffResponse } from '../../api/types';
import { useApiMutation } from '../../components/kit';
import { formatDate } from '../../utils/dates';
import { setCredentialHolders, useStaff } from '../staff/queries';
import { accountKeys, useCredentialHolders } from './queries';

/** 密码保管人 of an account (Art 27): only trained, active staff of the host organization. */
export function CredentialHolders({
  account,
  canEdit,
}: {
  account: AccountResponse;
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const holders = useCredentialHolders(account.id);
  return (
    <Card
      size="small"
      title="密码保管人"
      extra={
        canEdit && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            设置保管人
          </Button>
        )
      }
    >
      {holders.data?.length ? (
        <List
          size="small"
          dataSource={holders.data}
          renderItem={(staff) => (
            <List.Item>
              <Space>
                <span>{staff.name}</span>
                {staff.position && (
                  <Typography.Text type="secondary">{staff.position}</Typography.Text>
                )}
                <Tag color="green">培训于 {formatDate(staff.trainedOn)}</Tag>
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未设置保管人" />
      )}
      {editing && (
        <HoldersDialog
          account={account}
          current={holders.data ?? []}
          onClose={() => setEditing(false)}
        />
      )}
    </Card>
  );
}

function HoldersDialog({
  account,
  current,
  onClose,
}: {
  account: AccountResponse;
  current: StaffResponse[];
  onClose: () => void;
}) {
  const [selected, setSelected] = useState<number[]>(current.map((staff) => staff.id));
  const staff = useStaff({
    organizationId: account.hostOrganizationId,
    status: 'ACTIVE',
    page: 1,
    size: 100,
    sort: 'name,asc',
  });
  const mutation = useApiMutation({
    mutationFn: () => setCredentialHolders(account.id, selected),
    success: '保管人已更新',
    invalidates: [accountKeys.holders(account.id), accountKeys.history(account.id)],
    onSuccess: onClose,
  });
  // only trained, active staff of the host organization may hold credentials (Art 27)
  const options = (staff.data?.items ?? [])
    .filter((person) => person.organizationId === account.hostOrganizationId)
    .map((person) => ({
      value: person.id,
      disabled: !person.trainedOn,
      label: person.trainedOn
        ? `${person.name}（培训于 ${formatDate(person.trainedOn)}）`
        : `${person.name}（未培训，不能保管密码）`,
    }));
  return (
    <Modal
      open
      title="设置密码保管人"
      okText="保存"
      cancelText="取消"
      confirmLoading={mutation.isPending}
      onOk={() => mutation.mutate()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        只能选择{account.hostOrganizationName}已完成培训的在岗人员（《办法》第二十七条），最多 10
        人。系统不保存平台密码。
      </Typography.Paragraph>
      <Select
        mode="multiple"
        aria-label="保管人"
        style={{ width: '100%' }}
        loading={staff.isLoading}
        value={selected}
        onChange={setSelected}
        maxCount={10}
        options={options}
        optionFilterProp="label"
        placeholder="选择人员"
      />
    </Modal>
  );
}
