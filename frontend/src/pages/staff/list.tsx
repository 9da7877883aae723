import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { NoteDialog } from '../../components/NoteDialog';
import { StatusFilter } from '../../components/StatusFilter';
import { api, unwrap } from '../../api/http';
import type { RotationTask, StaffResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { labelOf, ROTATION_STATUS_LABELS, STAFF_STATUS_LABELS } from '../../locales/zh-CN';
import { formatDate, formatTime } from '../../utils/dates';
import { DepartureForm, StaffForm } from './form';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; staff: StaffResponse }
  | { kind: 'depart'; staff: StaffResponse };

function StaffPane({ canManage }: { canManage: boolean }) {
  const [status, setStatus] = useState<StaffResponse['status'] | undefined>('ACTIVE');
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog>();
  const staff = useQuery({
    queryKey: ['staff', 'list', { status, page }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/staff', {
          params: { query: { status, page, size: 20, sort: 'name,asc' } },
        }),
      ),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <StatusFilter
          label="人员状态"
          labels={STAFF_STATUS_LABELS}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
        />
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            新增人员
          </Button>
        )}
      </Space>
      <Table<StaffResponse>
        rowKey="id"
        aria-label="人员列表"
        loading={staff.isFetching}
        dataSource={staff.data?.items ?? []}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '所在单位', dataIndex: 'organizationName' },
          { title: '职务', dataIndex: 'position' },
          { title: '电话', dataIndex: 'phone' },
          {
            title: '培训日期',
            dataIndex: 'trainedOn',
            render: (value: string | undefined) =>
              value ? formatDate(value) : <Tag color="orange">未培训</Tag>,
          },
          {
            title: '状态',
            dataIndex: 'status',
            render: (value: string, row) => (
              <span>
                <Tag color={value === 'ACTIVE' ? 'green' : 'default'}>
                  {labelOf(STAFF_STATUS_LABELS, value)}
                </Tag>
                {row.departedOn && formatDate(row.departedOn)}
              </span>
            ),
          },
          ...(canManage
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  render: (_: unknown, row: StaffResponse) =>
                    row.status === 'ACTIVE' ? (
                      <Space>
                        <Button
                          size="small"
                          onClick={() => setDialog({ kind: 'edit', staff: row })}
                        >
                          编辑
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() => setDialog({ kind: 'depart', staff: row })}
                        >
                          离岗
                        </Button>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
        pagination={{
          current: page,
          pageSize: 20,
          total: staff.data?.totalItems ?? 0,
          showTotal: (total) => `共 ${total} 人`,
          onChange: setPage,
        }}
      />
      {dialog?.kind === 'create' && <StaffForm onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'edit' && (
        <StaffForm staff={dialog.staff} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'depart' && (
        <DepartureForm staff={dialog.staff} onClose={() => setDialog(undefined)} />
      )}
    </Space>
  );
}

function ClosureDialog({ task, onClose }: { task: RotationTask; onClose: () => void }) {
  return (
    <NoteDialog
      title={`完成密码更换：${task.accountName}`}
      okText="完成"
      name="note"
      label="说明"
      maxLength={500}
      rows={3}
      placeholder="如：已于今日更换密码并移交新保管人"
      requiredMessage="请填写更换说明"
      successMessage="密码更换任务已完成"
      invalidates={['rotation-tasks']}
      send={(note) =>
        unwrap(
          api.POST('/api/v1/credential-rotation-tasks/{id}/closure', {
            params: { path: { id: task.id } },
            body: { note },
          }),
        )
      }
      onClose={onClose}
    />
  );
}

function RotationPane({ canManage }: { canManage: boolean }) {
  const [status, setStatus] = useState<RotationTask['status'] | undefined>('OPEN');
  const [page, setPage] = useState(1);
  const [closing, setClosing] = useState<RotationTask>();
  const tasks = useQuery({
    queryKey: ['rotation-tasks', { status, page }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/credential-rotation-tasks', {
          params: { query: { status, page, size: 20 } },
        }),
      ),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <StatusFilter
        label="任务状态"
        labels={ROTATION_STATUS_LABELS}
        value={status}
        onChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
      />
      <Table<RotationTask>
        rowKey="id"
        aria-label="密码更换任务"
        loading={tasks.isFetching}
        dataSource={tasks.data?.items ?? []}
        columns={[
          {
            title: '账号',
            dataIndex: 'accountName',
            render: (name: string, row) => <Link to={`/accounts/${row.accountId}`}>{name}</Link>,
          },
          { title: '离岗人员', dataIndex: 'staffName' },
          { title: '原因', dataIndex: 'reason' },
          { title: '生成时间', dataIndex: 'createdAt', render: formatTime },
          {
            title: '状态',
            dataIndex: 'status',
            render: (value: string) => (
              <Tag color={value === 'OPEN' ? 'orange' : 'green'}>
                {labelOf(ROTATION_STATUS_LABELS, value)}
              </Tag>
            ),
          },
          {
            title: '完成情况',
            key: 'closed',
            render: (_, row) =>
              row.closedAt
                ? `${row.closedBy ?? ''} ${formatTime(row.closedAt)}：${row.note ?? ''}`
                : '—',
          },
          ...(canManage
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  render: (_: unknown, row: RotationTask) =>
                    row.status === 'OPEN' ? (
                      <Button size="small" type="primary" onClick={() => setClosing(row)}>
                        完成
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
        pagination={{
          current: page,
          pageSize: 20,
          total: tasks.data?.totalItems ?? 0,
          showTotal: (total) => `共 ${total} 个任务`,
          onChange: setPage,
        }}
      />
      {closing && <ClosureDialog task={closing} onClose={() => setClosing(undefined)} />}
    </Space>
  );
}

/** 人员: staff who run accounts (Art 26-27) and the credential-rotation tasks after departures. */
export function StaffList() {
  const { access } = useCurrentUser();
  return (
    <Card title="人员">
      <Tabs
        items={[
          {
            key: 'staff',
            label: '运维人员',
            children: <StaffPane canManage={access.canManageStaff} />,
          },
          {
            key: 'rotation',
            label: '密码更换任务',
            children: <RotationPane canManage={access.canManageStaff} />,
          },
        ]}
      />
    </Card>
  );
}
