import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Space, Tabs, type TableProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { FilingResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { FILING_STATUS_LABELS, FILING_TYPE_LABELS, optionsOf } from '../../locales/zh-CN';
import { DecisionDialog } from './decide';
import { useFilings, type FilingFilters } from './queries';
import { FilingTable } from './table';

const DEADLINE_OPTIONS = [
  { value: 'OVERDUE', label: '已逾期' },
  { value: 'DUE_SOON', label: '即将到期' },
];

type Tab = 'all' | 'mine';

function FilingPane({ tab, onDecide }: { tab: Tab; onDecide?: (f: FilingResponse) => void }) {
  const [form] = Form.useForm<FilingFilters>();
  const [filters, setFilters] = useState<FilingFilters>({});
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const [sort, setSort] = useState<string | undefined>(
    tab === 'mine' ? 'provincialDeadline,asc' : undefined,
  );
  const query: FilingFilters =
    tab === 'mine' ? { ...filters, status: 'SUBMITTED', decidableByMe: true } : filters;
  const filings = useFilings(query, page, size, sort);

  const onChange: TableProps<FilingResponse>['onChange'] = (pagination, _f, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const next = single?.order
      ? `provincialDeadline,${single.order === 'ascend' ? 'asc' : 'desc'}`
      : undefined;
    setSort(next);
    setSize(pagination.pageSize ?? size);
    setPage(next !== sort || pagination.pageSize !== size ? 1 : (pagination.current ?? 1));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form<FilingFilters>
        form={form}
        layout="inline"
        name={`filing-filters-${tab}`}
        onValuesChange={(_, all) => {
          setFilters({
            type: all.type ?? undefined,
            status: all.status ?? undefined,
            deadline: all.deadline ?? undefined,
          });
          setPage(1);
        }}
      >
        <Form.Item name="type" label="类型">
          <Select
            allowClear
            placeholder="全部"
            options={optionsOf(FILING_TYPE_LABELS)}
            style={{ width: 110 }}
          />
        </Form.Item>
        {tab === 'all' && (
          <Form.Item name="status" label="状态">
            <Select
              allowClear
              placeholder="全部"
              options={optionsOf(FILING_STATUS_LABELS)}
              style={{ width: 110 }}
            />
          </Form.Item>
        )}
        <Form.Item name="deadline" label="期限">
          <Select allowClear placeholder="全部" options={DEADLINE_OPTIONS} style={{ width: 120 }} />
        </Form.Item>
      </Form>
      <FilingTable
        filings={filings.data?.items ?? []}
        loading={filings.isFetching}
        onDecide={onDecide}
        onChange={onChange}
        pagination={{
          current: page,
          pageSize: size,
          total: filings.data?.totalItems ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条备案`,
        }}
      />
    </Space>
  );
}

/** 备案: every filing in the caller's subtree; 待我审核 for the competent authority. */
export function FilingList() {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const [deciding, setDeciding] = useState<FilingResponse>();
  const onDecide = access.canDecideFilings ? setDeciding : undefined;

  return (
    <Card
      title="备案"
      extra={
        access.canSubmitFilings && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/filings/new/open')}
          >
            新建开设备案
          </Button>
        )
      }
    >
      <Tabs
        defaultActiveKey={access.canDecideFilings ? 'mine' : 'all'}
        destroyOnHidden
        items={[
          ...(access.canDecideFilings
            ? [
                {
                  key: 'mine',
                  label: '待我审核',
                  children: <FilingPane tab="mine" onDecide={onDecide} />,
                },
              ]
            : []),
          { key: 'all', label: '全部备案', children: <FilingPane tab="all" onDecide={onDecide} /> },
        ]}
      />
      {deciding && <DecisionDialog filing={deciding} onClose={() => setDeciding(undefined)} />}
    </Card>
  );
}
