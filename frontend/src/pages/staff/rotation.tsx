import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RotationTask } from '../../api/types';
import { PagedTable, param, usePagedList } from '../../components/kit';
import { NoteDialog } from '../../components/NoteDialog';
import { StatusFilter } from '../../components/StatusFilter';
import { labelOf, ROTATION_STATUS_LABELS } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { closeRotationTask, staffKeys, useRotationTasks } from './queries';

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
      invalidates={staffKeys.rotationTasks}
      send={(note) => closeRotationTask(task.id, note)}
      onClose={onClose}
    />
  );
}

/** 密码更换任务: opened by a departure on every account the person held (Art 27). */
export function RotationPane({ canManage }: { canManage: boolean }) {
  const list = usePagedList(
    { status: param.text<RotationTask['status']>('OPEN') },
    { prefix: 'tasks.' },
  );
  const tasks = useRotationTasks(list.query);
  const [closing, setClosing] = useState<RotationTask>();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <StatusFilter
        label="任务状态"
        labels={ROTATION_STATUS_LABELS}
        value={list.filters.status}
        onChange={(status) => list.setFilters({ status })}
      />
      <PagedTable<RotationTask>
        rowKey="id"
        aria-label="密码更换任务"
        list={list}
        result={tasks}
        totalText={(total) => `共 ${total} 个任务`}
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
      />
      {closing && <ClosureDialog task={closing} onClose={() => setClosing(undefined)} />}
    </Space>
  );
}
