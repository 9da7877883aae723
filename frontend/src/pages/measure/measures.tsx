import { Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MeasureResponse, MeasureType } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { type Columns, PagedTable, param, usePagedList, AddButton } from '../../components/kit';
import { MEASURE_TYPE_COLORS, MEASURE_TYPE_LABELS } from '../../locales/supervision';
import { labelOf, optionsOf } from '../../locales/zh-CN';
import { formatDate, formatTime } from '../../utils/dates';
import { MeasureDialog } from './measureDialog';
import { useMeasures } from './queries';
import { PersonName } from '../../components/PersonName';

const columns: Columns<MeasureResponse> = [
  {
    title: '措施',
    dataIndex: 'type',
    render: (type: MeasureType) => (
      <Tag color={MEASURE_TYPE_COLORS[type]}>{labelOf(MEASURE_TYPE_LABELS, type)}</Tag>
    ),
  },
  {
    title: '对象',
    key: 'target',
    render: (_: unknown, row) =>
      row.accountId ? (
        <Link to={`/accounts/${row.accountId}`}>{row.accountName ?? `账号 #${row.accountId}`}</Link>
      ) : (
        row.organizationName
      ),
  },
  { title: '单位', dataIndex: 'organizationName' },
  { title: '依据', dataIndex: 'basis' },
  { title: '文号', dataIndex: 'documentNumber', render: (v?: string) => v ?? '—' },
  { title: '决定日期', dataIndex: 'decidedOn', render: formatDate },
  {
    title: '关停备案',
    dataIndex: 'filingId',
    render: (id?: number) => (id ? <Link to={`/filings/${id}`}>备案 #{id}</Link> : '—'),
  },
  {
    title: '记录',
    key: 'created',
    render: (_: unknown, row) => (
      <>
        <PersonName username={row.createdBy} /> · {formatTime(row.createdAt)}
      </>
    ),
  },
];

/** 处理措施 (Art 34): 约谈、警告、通报、责令关闭, newest first. */
export function MeasureList() {
  const { access } = useCurrentUser();
  const list = usePagedList({ type: param.text<MeasureType>() });
  const measures = useMeasures(list.query);
  const [creating, setCreating] = useState(false);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <AddButton visible={access.canRecordMeasures} onClick={() => setCreating(true)}>
          记录处理措施
        </AddButton>
        <span>措施</span>
        <Select
          aria-label="措施类型"
          allowClear
          placeholder="全部"
          value={list.filters.type}
          options={optionsOf(MEASURE_TYPE_LABELS)}
          style={{ width: 120 }}
          onChange={(type?: MeasureType) => list.setFilters({ type })}
        />
      </Space>
      <PagedTable<MeasureResponse>
        rowKey="id"
        size="middle"
        aria-label="处理措施"
        columns={columns}
        list={list}
        result={measures}
        locale={{ emptyText: '暂无处理措施' }}
        scroll={{ x: 'max-content' }}
      />
      {creating && <MeasureDialog onClose={() => setCreating(false)} />}
    </Space>
  );
}
