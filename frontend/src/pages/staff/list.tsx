import { Button, Card, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { StaffResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PagedTable, param, usePagedList, AddButton } from '../../components/kit';
import { StatusFilter } from '../../components/StatusFilter';
import { labelOf, STAFF_STATUS_LABELS } from '../../locales/zh-CN';
import { formatDate } from '../../utils/dates';
import { DepartureForm, StaffForm } from './form';
import { useStaff } from './queries';
import { RotationPane } from './rotation';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; staff: StaffResponse }
  | { kind: 'depart'; staff: StaffResponse };

function StaffPane({ canManage }: { canManage: boolean }) {
  const list = usePagedList(
    { status: param.text<StaffResponse['status']>('ACTIVE') },
    { sort: 'name,asc' },
  );
  const staff = useStaff(list.query);
  const [dialog, setDialog] = useState<Dialog>();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <StatusFilter
          label="人员状态"
          labels={STAFF_STATUS_LABELS}
          value={list.filters.status}
          onChange={(status) => list.setFilters({ status })}
        />
        <AddButton visible={canManage} onClick={() => setDialog({ kind: 'create' })}>
          新增人员
        </AddButton>
      </Space>
      <PagedTable<StaffResponse>
        empty="暂无运维人员。点击“新增人员”登记账号的运维人员"
        rowKey="id"
        aria-label="人员列表"
        list={list}
        result={staff}
        totalText={(total) => `共 ${total} 人`}
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

/** 人员: staff who run accounts (Art 26-27) and the credential-rotation tasks after departures. */
export function StaffList() {
  const { access } = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  return (
    <Card title="人员">
      <Tabs
        activeKey={search.get('tab') === 'rotation' ? 'rotation' : 'staff'}
        onChange={(key) =>
          setSearch(
            (current) => {
              const next = new URLSearchParams(current);
              if (key === 'rotation') next.set('tab', key);
              else next.delete('tab');
              return next;
            },
            { replace: true },
          )
        }
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
