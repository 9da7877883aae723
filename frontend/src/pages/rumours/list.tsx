import { EditOutlined } from '@ant-design/icons';
import { Button, Space, Tag, type TableProps } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { RebuttalResponse, RebuttalStatus } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ListCard, PagedTable, param, SearchBox, usePagedList } from '../../components/kit';
import { StatusFilter } from '../../components/StatusFilter';
import { REBUTTAL_STATUS_COLORS, REBUTTAL_STATUS_LABELS } from '../../locales/interaction';
import { labelOf } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { useRebuttals } from './queries';

const columns: TableProps<RebuttalResponse>['columns'] = [
  {
    title: '标题',
    dataIndex: 'title',
    render: (title: string, r) => <Link to={`/rumours/${r.id}`}>{title}</Link>,
  },
  { title: '评级', dataIndex: 'verdictName' },
  { title: '发布单位', dataIndex: 'organizationName' },
  { title: '账号', dataIndex: 'accountName' },
  {
    title: '状态',
    dataIndex: 'status',
    render: (status: RebuttalStatus) => (
      <Tag color={REBUTTAL_STATUS_COLORS[status]}>{labelOf(REBUTTAL_STATUS_LABELS, status)}</Tag>
    ),
  },
  { title: '发布时间', dataIndex: 'publishedAt', render: (v?: string) => formatTime(v) },
  { title: '更新时间', dataIndex: 'updatedAt', render: (v: string) => formatTime(v) },
];

/** 辟谣: the rumour rebuttals issued in the caller's subtree (public once their ticket is published). */
export function RumourList() {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const list = usePagedList({ status: param.text<RebuttalStatus>(), q: param.text() });
  const rebuttals = useRebuttals(list.query);

  return (
    <ListCard
      title="辟谣"
      extra={
        access.canWriteRumours && (
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => void navigate('/rumours/new')}
          >
            撰写辟谣
          </Button>
        )
      }
    >
      <Space wrap>
        <StatusFilter
          label="辟谣状态"
          labels={REBUTTAL_STATUS_LABELS}
          value={list.filters.status}
          onChange={(status) => list.setFilters({ status: status })}
        />
        <SearchBox
          aria-label="搜索辟谣"
          placeholder="标题、谣言或真相中的文字"
          style={{ width: 300 }}
          value={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
        />
      </Space>
      <PagedTable<RebuttalResponse>
        empty="暂无辟谣。发现谣言时，点击右上角“撰写辟谣”"
        rowKey="id"
        size="middle"
        aria-label="辟谣"
        columns={columns}
        list={list}
        result={rebuttals}
        locale={{ emptyText: '暂无辟谣' }}
      />
    </ListCard>
  );
}
