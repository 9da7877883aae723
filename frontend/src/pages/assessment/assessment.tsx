import { Button, Card, InputNumber, Popconfirm, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import type { AssessmentResult, ItemScore } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ITEM_KIND_LABELS } from '../../locales/supervision';
import { labelOf } from '../../locales/zh-CN';
import { todayInShanghai } from '../../utils/dates';
import { AssessmentScheme } from './assessmentScheme';
import { Commendations } from './commendations';
import { NoticeActions } from '../supervision/notice';
import { useApiMutation } from '../../components/kit';
import { supervisionKeys } from '../supervision/keys';
import { releaseAssessmentNotice, useAssessments } from './queries';

/** 公开发布 (Art 32.6, CITY_ADMIN): the year's ranking and the units commended go to the public site. */
function ReleaseAssessmentButton({ year }: { year: number }) {
  const release = useApiMutation({
    mutationFn: () => releaseAssessmentNotice(year),
    success: `${year} 年度考核通报已公开发布`,
    invalidates: [supervisionKeys.all],
  });
  return (
    <Popconfirm
      title="公开发布考核通报"
      description="发布各单位得分、一票否决情况和表彰单位（不含个人表彰），发布后不可撤回。"
      okText="发布"
      cancelText="取消"
      onConfirm={() => release.mutate()}
    >
      <Button loading={release.isPending}>公开发布考核通报</Button>
    </Popconfirm>
  );
}

const itemColumns: TableProps<ItemScore>['columns'] = [
  { title: '考核项', dataIndex: 'name' },
  { title: '类别', dataIndex: 'kind', render: (kind: string) => labelOf(ITEM_KIND_LABELS, kind) },
  { title: '次数', dataIndex: 'occurrences', align: 'right' },
  {
    title: '得分',
    key: 'points',
    align: 'right',
    render: (_: unknown, row) =>
      row.kind !== 'VETO' ? (
        `${row.points} / ${row.maxPoints}`
      ) : row.occurrences > 0 ? (
        <Tag color="red">否决</Tag>
      ) : (
        '—'
      ),
  },
  { title: '说明', dataIndex: 'explanation' },
];

/** The item-by-item explanation of one organization's score. */
function Explanation({ result }: { result: AssessmentResult }) {
  return (
    <Table<ItemScore>
      rowKey="code"
      size="small"
      aria-label={`${result.organizationName}考核明细`}
      columns={itemColumns}
      dataSource={result.items}
      pagination={false}
    />
  );
}

const resultColumns: TableProps<AssessmentResult>['columns'] = [
  { title: '排名', key: 'rank', width: 64, render: (_: unknown, _row, index) => index + 1 },
  { title: '单位', dataIndex: 'organizationName' },
  {
    title: '得分',
    dataIndex: 'score',
    align: 'right',
    render: (score: number, row) => `${score} / ${row.maxScore}`,
  },
  {
    title: '结论',
    dataIndex: 'vetoed',
    render: (vetoed: boolean) => (vetoed ? <Tag color="red">一票否决</Tag> : '—'),
  },
];

/** 年度考核: the scheme, the year's results per organization item by item, and its commendations (表彰). */
export function AssessmentPage() {
  const { access } = useCurrentUser();
  const [year, setYear] = useState(Number(todayInShanghai().slice(0, 4)));
  const results = useAssessments(year);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <span>考核年度</span>
        <InputNumber
          aria-label="考核年度"
          min={2019}
          max={2100}
          precision={0}
          value={year}
          onChange={(next) => next && setYear(next)}
        />
      </Space>
      <Card size="small" title={`${year} 年度考核结果`}>
        <Table<AssessmentResult>
          rowKey="organizationId"
          size="middle"
          aria-label="考核结果"
          columns={resultColumns}
          dataSource={results.data ?? []}
          loading={results.isFetching}
          locale={{ emptyText: '暂无考核结果' }}
          expandable={{ expandedRowRender: (result) => <Explanation result={result} /> }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
        />
      </Card>
      <Commendations year={year} />
      {access.canIssueNotices && (
        <NoticeActions
          title={`${year} 年度政务新媒体考核结果通报`}
          request={{ kind: 'ASSESSMENT_NOTICE', year }}
        />
      )}
      {access.canManageAssessment && <ReleaseAssessmentButton year={year} />}
      <Card size="small" title="考核方案">
        <AssessmentScheme />
      </Card>
    </Space>
  );
}
