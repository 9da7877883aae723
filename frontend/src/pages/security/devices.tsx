import { Form } from 'antd';
import { useState } from 'react';
import type {
  DueState,
  SecurityDevice,
  SecurityDeviceKind,
  SecurityDeviceStatus,
} from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  FilterForm,
  FilterSelect,
  PagedTable,
  SearchBox,
  param,
  usePagedList,
  OrganizationFilter,
  AddButton,
  editColumn,
} from '../../components/kit';
import { labelOf, optionsOf } from '../../locales/zh-CN';
import { DEVICE_KIND_LABELS, DEVICE_STATUS_LABELS, DUE_STATE_LABELS } from '../../locales/security';
import { DeviceDialog } from './deviceDialog';
import { dueStateColumn } from './dueState';
import { useSecurityDevices } from './queries';

/** 登录终端 (Art 27.3): the devices used to log in, with their holder and last check. */
export function DeviceList() {
  const { access } = useCurrentUser();
  const list = usePagedList(
    {
      organizationId: param.number(),
      kind: param.text<SecurityDeviceKind>(),
      status: param.text<SecurityDeviceStatus>(),
      dueState: param.text<DueState>(),
      q: param.text(),
    },
    { prefix: 'dev.' },
  );
  const devices = useSecurityDevices(list.query);
  const [editing, setEditing] = useState<SecurityDevice | 'new'>();

  return (
    <>
      <FilterForm
        name="security-devices"
        filters={list.filters}
        onChange={list.setFilters}
        skip={['q']}
      >
        <OrganizationFilter ariaLabel="终端单位筛选" width={260} />
        <FilterSelect name="kind" label="类型" width={110} labels={DEVICE_KIND_LABELS} />
        <FilterSelect name="status" label="状态" width={110} labels={DEVICE_STATUS_LABELS} />
        <FilterSelect
          name="dueState"
          label="检查"
          width={110}
          options={optionsOf({ CURRENT: DUE_STATE_LABELS.CURRENT, OVERDUE: '逾期未检' })}
        />
        <Form.Item name="q">
          <SearchBox
            placeholder="持有人或资产编号"
            value={list.filters.q}
            onSearch={(q) => list.setFilters({ q: q || undefined })}
          />
        </Form.Item>
        <AddButton visible={access.canManageSecurity} inFilterBar onClick={() => setEditing('new')}>
          登记终端
        </AddButton>
      </FilterForm>
      <PagedTable<SecurityDevice>
        empty="暂无终端。点击“登记终端”登记用于运维账号的电脑和手机"
        aria-label="登录终端"
        rowKey="id"
        list={list}
        result={devices}
        columns={[
          { title: '单位', dataIndex: 'organizationName' },
          { title: '持有人', dataIndex: 'holder' },
          {
            title: '类型',
            dataIndex: 'kind',
            render: (kind: string) => labelOf(DEVICE_KIND_LABELS, kind),
          },
          { title: '资产编号', dataIndex: 'assetNumber' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (status: string) => labelOf(DEVICE_STATUS_LABELS, status),
          },
          {
            title: '上次检查',
            dataIndex: 'lastCheckedOn',
            render: (day?: string) => day ?? '未检查',
          },
          dueStateColumn<SecurityDevice>('检查状态'),
          ...editColumn<SecurityDevice>(access.canManageSecurity, '修改', setEditing),
        ]}
      />
      {editing && (
        <DeviceDialog
          device={editing === 'new' ? undefined : editing}
          organizationId={list.filters.organizationId}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
