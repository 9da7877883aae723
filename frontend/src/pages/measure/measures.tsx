import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MeasureResponse, MeasureType } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { MEASURE_TYPE_COLORS, MEASURE_TYPE_LABELS } from '../../locales/supervision';
import { labelOf, optionsOf } from '../../locales/zh-CN';
import { formatDate, formatTime } from '../../utils/dates';
import { MeasureDialog } from './measureDialog';
import { useMeasures } from './queries';

const columns: TableProps<MeasureResponse>['columns'] = [
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
    render: (_: unknown, row) => `${row.createdBy} · ${formatTime(row.createdAt)}`,
  },
];

/** 处理措施 (Art 34): 约谈、警告、通报、责令关闭, newest first. */
export function MeasureList() {
  const { access } = useCurrentUser();
  const [type, setType] = useState<MeasureType>();
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const measures = useMeasures(type, page, size);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {access.canRecordMeasures && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            记录处理措施
          </Button>
        )}
        <span>措施</span>
        <Select
          aria-label="措施类型"
          allowClear
          placeholder="全部"
          value={type}
          options={optionsOf(MEASURE_TYPE_LABELS)}
          style={{ width: 120 }}
          onChange={(next?: MeasureType) => {
            setType(next);
            setPage(1);
          }}
        />
      </Space>
      <Table<MeasureResponse>
        rowKey="id"
        size="middle"
        aria-label="处理措施"
        columns={columns}
        dataSource={measures.data?.items ?? []}
        loading={measures.isFetching}
        locale={{ emptyText: '暂无处理措施' }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: size,
          total: measures.data?.totalItems ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (next, nextSize) => {
            setPage(nextSize !== size ? 1 : next);
            setSize(nextSize);
          },
        }}
      />
      {creating && <MeasureDialog onClose={() => setCreating(false)} />}
    </Space>
  );
}
