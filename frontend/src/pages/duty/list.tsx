import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Form, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { DutyShift } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { NoteDialog } from '../../components/NoteDialog';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import {
  ListCard,
  PagedTable,
  param,
  usePagedList,
  editColumn,
  AddButton,
} from '../../components/kit';
import { formatTime, todayInShanghai } from '../../utils/dates';
import {
  dutyKeys,
  exportDutyShifts,
  recordHandover,
  useDutyGaps,
  useDutyShifts,
  useOnDutyNow,
} from './queries';
import { ShiftDialog } from './shiftDialog';

const GAP_DAYS = 30;

/** 值班值守 (Art 29.2): who is on duty now, the roster, and the rest days of the next month nobody covers. */
export function DutyPage() {
  const { access } = useCurrentUser();
  const { message } = App.useApp();
  const list = usePagedList({ organizationId: param.number() });
  const organizationId = list.filters.organizationId;
  const shifts = useDutyShifts(list.query);
  const now = useOnDutyNow(organizationId);
  const today = todayInShanghai();
  const gaps = useDutyGaps(
    organizationId,
    today,
    dayjs(today).add(GAP_DAYS, 'day').format('YYYY-MM-DD'),
  );
  const [adding, setAdding] = useState(false);
  const [handing, setHanding] = useState<DutyShift>();

  return (
    <ListCard
      title="值班值守"
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              void exportDutyShifts(organizationId).catch(() => message.error('导出失败'))
            }
          >
            导出值班表
          </Button>
          <AddButton visible={access.canManageDuty} onClick={() => setAdding(true)}>
            排班
          </AddButton>
        </Space>
      }
    >
      <Form layout="inline">
        <Form.Item label="单位">
          <OrganizationTreeSelect
            aria-label="值班单位筛选"
            allowClear
            placeholder="全部"
            style={{ width: 280 }}
            value={organizationId}
            onChange={(id) => list.setFilters({ organizationId: id ?? undefined })}
          />
        </Form.Item>
      </Form>
      <Descriptions title="当前值班" size="small" column={1} bordered>
        {(now.data ?? []).map((shift) => (
          <Descriptions.Item key={shift.id} label={shift.organizationName}>
            {shift.personOnDuty} {shift.phone}
            {shift.backupPerson && `（备班 ${shift.backupPerson} ${shift.backupPhone ?? ''}）`}
          </Descriptions.Item>
        ))}
        {now.data?.length === 0 && <Descriptions.Item label="—">当前无人值班</Descriptions.Item>}
      </Descriptions>
      {gaps.data && gaps.data.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={`未来 ${GAP_DAYS} 天有 ${gaps.data.length} 个休息日无人值班`}
          description={
            <Space wrap>
              {gaps.data.map((gap) => (
                <Tag key={gap.day} color={gap.kind === 'HOLIDAY' ? 'red' : 'orange'}>
                  {gap.day} {gap.holiday ?? '周末'}
                </Tag>
              ))}
            </Space>
          }
        />
      )}
      <PagedTable<DutyShift>
        empty="暂无排班。点击右上角“排班”安排值班人员"
        aria-label="值班表"
        rowKey="id"
        list={list}
        result={shifts}
        columns={[
          { title: '单位', dataIndex: 'organizationName' },
          { title: '接班', dataIndex: 'startsAt', render: (value: string) => formatTime(value) },
          { title: '交班', dataIndex: 'endsAt', render: (value: string) => formatTime(value) },
          { title: '值班人员', dataIndex: 'personOnDuty' },
          { title: '电话', dataIndex: 'phone' },
          { title: '备班', dataIndex: 'backupPerson', render: (value?: string) => value ?? '—' },
          { title: '交接班记录', dataIndex: 'handoverNote', ellipsis: true },
          ...editColumn<DutyShift>(access.canManageDuty, '交接班', setHanding),
        ]}
      />
      {adding && <ShiftDialog organizationId={organizationId} onClose={() => setAdding(false)} />}
      {handing && (
        <NoteDialog
          title={`交接班：${handing.personOnDuty}`}
          okText="保存"
          name="note"
          label="交接班记录"
          maxLength={2000}
          rows={4}
          placeholder="如：夜间无舆情，后台留言 3 条已转办"
          requiredMessage="请填写交接班记录"
          successMessage="交接班记录已保存"
          invalidates={dutyKeys.all}
          send={(note) => recordHandover(handing.id, note, handing.version)}
          onClose={() => setHanding(undefined)}
        />
      )}
    </ListCard>
  );
}
