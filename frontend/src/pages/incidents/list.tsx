import { Checkbox, Form, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Incident, IncidentGrade, IncidentKind, IncidentStatus } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  type Columns,
  FilterForm,
  FilterSelect,
  ListCard,
  PagedTable,
  param,
  usePagedList,
  OrganizationFilter,
  AddButton,
} from '../../components/kit';
import {
  INCIDENT_GRADE_LABELS,
  INCIDENT_KIND_LABELS,
  INCIDENT_STATUS_LABELS,
} from '../../locales/incident';
import { labelOf } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { AlertTags, GradeTag } from './tags';
import { RecordDialog } from './recordDialog';
import { useIncidents } from './queries';

const filterParams = {
  status: param.text<IncidentStatus>(),
  kind: param.text<IncidentKind>(),
  grade: param.text<IncidentGrade>(),
  organizationId: param.number(),
  overdue: param.flag(),
};

const columns: Columns<Incident> = [
  {
    title: '事件',
    dataIndex: 'title',
    render: (title: string, row) => <Link to={`/incidents/${row.id}`}>{title}</Link>,
  },
  { title: '单位', dataIndex: 'hostOrganizationName' },
  { title: '类型', dataIndex: 'kind', render: (v: string) => labelOf(INCIDENT_KIND_LABELS, v) },
  {
    title: '级别',
    dataIndex: 'grade',
    render: (grade: IncidentGrade) => <GradeTag grade={grade} />,
  },
  {
    title: '状态',
    dataIndex: 'status',
    render: (v: string) => labelOf(INCIDENT_STATUS_LABELS, v),
  },
  { title: '发现时间', dataIndex: 'discoveredAt', render: (v: string) => formatTime(v) },
  { title: '报告时限', dataIndex: 'reportDueAt', render: (v: string) => formatTime(v) },
  { title: '提醒', dataIndex: 'alerts', render: (_: unknown, row) => <AlertTags incident={row} /> },
];

/** 事件舆情 (Art 23, 29): the register of the caller's subtree, filters in the address. */
export function IncidentList() {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const list = usePagedList(filterParams);
  const incidents = useIncidents({ ...list.filters, page: list.page, size: list.size });
  const [recording, setRecording] = useState(false);

  return (
    <ListCard
      title="事件舆情"
      extra={
        <AddButton visible={access.canManageIncidents} onClick={() => setRecording(true)}>
          登记事件
        </AddButton>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <FilterForm filters={list.filters} onChange={list.setFilters} name="incident-filters">
          <FilterSelect name="status" label="状态" labels={INCIDENT_STATUS_LABELS} width={150} />
          <FilterSelect name="kind" label="类型" labels={INCIDENT_KIND_LABELS} width={170} />
          <FilterSelect name="grade" label="级别" labels={INCIDENT_GRADE_LABELS} width={120} />
          <OrganizationFilter />
          <Form.Item name="overdue" valuePropName="checked">
            <Checkbox>仅看超时</Checkbox>
          </Form.Item>
        </FilterForm>
        <PagedTable<Incident>
          empty="暂无事件舆情。发现突发事件或舆情时，点击右上角“登记事件”"
          rowKey="id"
          aria-label="事件登记簿"
          columns={columns}
          list={list}
          result={incidents}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: '暂无事件' }}
          totalText={(total) => `共 ${total} 起事件`}
        />
      </Space>
      {recording && (
        <RecordDialog
          onClose={() => setRecording(false)}
          onRecorded={(id) => void navigate(`/incidents/${id}`)}
        />
      )}
    </ListCard>
  );
}
