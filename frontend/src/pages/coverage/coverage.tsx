import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Form, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { CountyCoverage, CoverageGap, Platform } from '../../api/types';
import { FilterForm, FilterSelect, PagedTable, param, usePagedList } from '../../components/kit';
import { PLATFORM_LABELS } from '../../locales/zh-CN';
import { exportCoverageGaps, useCountyCoverage, useCoverageGaps } from './queries';

/**
 * 开设覆盖 (Art 11): governments and functional departments must run an account. Per county the
 * obliged units and those that run one; below, the units that run none (应开未开), with export.
 */
export function CoveragePage() {
  const { message } = App.useApp();
  const list = usePagedList({ platform: param.text<Platform>(), divisionCode: param.text() });
  const counties = useCountyCoverage(list.filters.platform);
  const gaps = useCoverageGaps(list.query);
  const filters = { platform: list.filters.platform, divisionCode: list.filters.divisionCode };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <FilterForm
        name="coverage"
        filters={filters}
        onChange={(changed) => list.setFilters(changed)}
      >
        <FilterSelect name="platform" label="平台" width={160} labels={PLATFORM_LABELS} />
        <Form.Item>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void exportCoverageGaps(filters).catch(() => message.error('导出失败'))}
          >
            导出应开未开单位
          </Button>
        </Form.Item>
      </FilterForm>
      <Table<CountyCoverage>
        aria-label="各县（市、区）开设覆盖"
        rowKey="divisionCode"
        size="small"
        pagination={false}
        loading={counties.isFetching}
        dataSource={counties.data ?? []}
        columns={[
          { title: '县（市、区）', dataIndex: 'countyName' },
          { title: '应开设单位', dataIndex: 'obliged' },
          { title: '已开设', dataIndex: 'covered' },
          {
            title: '应开未开',
            dataIndex: 'uncovered',
            render: (uncovered: number, row) =>
              uncovered > 0 ? (
                <Button
                  type="link"
                  onClick={() => list.setFilters({ divisionCode: row.divisionCode })}
                >
                  <Tag color="red">{uncovered}</Tag>
                </Button>
              ) : (
                <Tag color="green">0</Tag>
              ),
          },
        ]}
      />
      <PagedTable<CoverageGap>
        aria-label="应开未开单位"
        rowKey="organizationId"
        list={list}
        result={gaps}
        totalText={(total) => `应开未开 ${total} 个单位`}
        columns={[
          { title: '县（市、区）', dataIndex: 'countyName' },
          {
            title: '单位',
            dataIndex: 'organizationName',
            render: (name: string, row) => (
              <Link to={`/organizations/${row.organizationId}`}>{name}</Link>
            ),
          },
          {
            title: '开设备案',
            dataIndex: 'pendingAccounts',
            render: (pending: number) => (pending > 0 ? <Tag color="blue">审批中</Tag> : '未提交'),
          },
        ]}
      />
    </Space>
  );
}
