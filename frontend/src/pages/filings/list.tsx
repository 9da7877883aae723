import { Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { FilingResponse, FilingStatus, FilingType } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  FilterForm,
  FilterSelect,
  PagedTable,
  param,
  usePagedList,
  AddButton,
} from '../../components/kit';
import { FILING_STATUS_LABELS, FILING_TYPE_LABELS } from '../../locales/zh-CN';
import { DecisionDialog } from './decide';
import { useFilings } from './queries';
import { filingColumns } from './columns';
import { DeliveryOffNotice } from '../sync/deliveryOff';

const DEADLINE_OPTIONS = [
  { value: 'OVERDUE', label: '逾期未审核' },
  { value: 'DELIVERY_OVERDUE', label: '通过后逾期未报送' },
  { value: 'DUE_SOON', label: '即将到期' },
];

type Tab = 'all' | 'mine';

const filterParams = {
  type: param.text<FilingType>(),
  status: param.text<FilingStatus>(),
  deadline: param.text<NonNullable<FilingResponse['deadlineState']>>(),
};

function FilingPane({ tab, onDecide }: { tab: Tab; onDecide?: (f: FilingResponse) => void }) {
  const list = usePagedList(filterParams, {
    sort: tab === 'mine' ? 'provincialDeadline,asc' : undefined,
  });
  const filings = useFilings(
    tab === 'mine' ? { ...list.query, status: 'SUBMITTED', decidableByMe: true } : list.query,
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <FilterForm filters={list.filters} onChange={list.setFilters} name={`filing-filters-${tab}`}>
        <FilterSelect name="type" label="类型" labels={FILING_TYPE_LABELS} width={110} />
        {tab === 'all' && (
          <FilterSelect name="status" label="状态" labels={FILING_STATUS_LABELS} width={110} />
        )}
        <FilterSelect name="deadline" label="期限" options={DEADLINE_OPTIONS} width={120} />
      </FilterForm>
      <PagedTable<FilingResponse>
        empty="暂无备案。开设新账号前，请先点击右上角“新建开设备案”"
        rowKey="id"
        aria-label="备案列表"
        columns={filingColumns({ onDecide })}
        list={list}
        result={filings}
        totalText={(total) => `共 ${total} 条备案`}
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
  const firstTab: Tab = access.canDecideFilings ? 'mine' : 'all';
  const [search, setSearch] = useSearchParams();
  const tab = (search.get('tab') as Tab | null) ?? firstTab;

  return (
    <Card
      title="备案"
      extra={
        <AddButton
          visible={access.canSubmitFilings}
          onClick={() => void navigate('/filings/new/open')}
        >
          新建开设备案
        </AddButton>
      }
    >
      <DeliveryOffNotice />
      <Tabs
        activeKey={tab}
        // another tab starts with its own filters, as it did before they moved to the address
        onChange={(key) => setSearch(key === firstTab ? {} : { tab: key }, { replace: true })}
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
