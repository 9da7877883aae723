import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/http';
import type { AccountResponse, StaffResponse } from '../../api/types';
import { formatDate } from '../../utils/dates';
import { accountKeys } from './queries';

/** 密码保管人 of an account (Art 27): only trained, active staff of the host organization. */
export function CredentialHolders({
  account,
  canEdit,
}: {
  account: AccountResponse;
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const holders = useQuery({
    queryKey: accountKeys.holders(account.id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/credential-holders', {
          params: { path: { accountId: account.id } },
        }),
      ),
  });
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
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<number[]>(current.map((staff) => staff.id));
  const staff = useQuery({
    queryKey: ['staff', 'list', { organizationId: account.hostOrganizationId, status: 'ACTIVE' }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/staff', {
          params: {
            query: {
              organizationId: account.hostOrganizationId,
              status: 'ACTIVE',
              size: 100,
              sort: 'name,asc',
            },
          },
        }),
      ),
  });
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/accounts/{accountId}/credential-holders', {
          params: { path: { accountId: account.id } },
          body: { staffIds: selected },
        }),
      ),
    onSuccess: async () => {
      void message.success('保管人已更新');
      await queryClient.invalidateQueries({ queryKey: accountKeys.holders(account.id) });
      await queryClient.invalidateQueries({ queryKey: accountKeys.history(account.id) });
      onClose();
    },
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
