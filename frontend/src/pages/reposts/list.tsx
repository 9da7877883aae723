import { Button, Checkbox, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { RepostTask } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  type Columns,
  PagedTable,
  SearchBox,
  param,
  useApiMutation,
  usePagedList,
  AddButton,
} from '../../components/kit';
import { formatDate } from '../../utils/dates';
import { RepostCompletionTable } from './completion';
import { IssueRepostDialog } from './issueDialog';
import { cancelRepostTask, repostKeys, useRepostTasks } from './queries';
import { RepostTargets } from './targets';

/** 转发任务 (Art 21): the tasks of the caller's accounts, their completion, and the rate per organization. */
export function RepostTaskList() {
  const { access } = useCurrentUser();
  const list = usePagedList({ outstanding: param.flag(), q: param.text() });
  const tasks = useRepostTasks(list.query);
  const [issuing, setIssuing] = useState(false);
  const cancelling = useApiMutation({
    mutationFn: (id: number) => cancelRepostTask(id, '下发单位撤销'),
    success: '转发任务已撤销',
    invalidates: [repostKeys.all],
  });

  const columns: Columns<RepostTask> = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, task) => (
        <a href={task.sourceUrl} target="_blank" rel="noreferrer">
          {title}
        </a>
      ),
    },
    { title: '下发单位', dataIndex: 'issuerName' },
    { title: '截止日期', dataIndex: 'deadline', render: formatDate },
    {
      title: '完成情况',
      key: 'progress',
      render: (_: unknown, task) => (
        <Space size={4}>
          <span>
            {task.done}/{task.targets}
          </span>
          {task.overdue > 0 && <Tag color="red">逾期 {task.overdue}</Tag>}
          {task.status === 'CANCELLED' && <Tag>已撤销</Tag>}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, task) =>
        access.canIssueReposts &&
        task.status === 'OPEN' && (
          <Button
            size="small"
            danger
            onClick={() =>
              Modal.confirm({
                title: `撤销转发任务“${task.title}”？`,
                onOk: () => cancelling.mutateAsync(task.id),
              })
            }
          >
            撤销
          </Button>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={5}>各单位转发完成率（本年度）</Typography.Title>
      <RepostCompletionTable />
      <Space wrap>
        <AddButton visible={access.canIssueReposts} onClick={() => setIssuing(true)}>
          下发转发任务
        </AddButton>
        <SearchBox
          placeholder="搜索标题"
          value={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
        />
        <Checkbox
          checked={!!list.filters.outstanding}
          onChange={(event) => list.setFilters({ outstanding: event.target.checked || undefined })}
        >
          只看未完成
        </Checkbox>
      </Space>
      <PagedTable<RepostTask>
        empty="暂无转发任务。上级单位下发的转发任务会出现在这里"
        rowKey="id"
        size="middle"
        aria-label="转发任务"
        columns={columns}
        list={list}
        result={tasks}
        locale={{ emptyText: '暂无转发任务' }}
        expandable={{ expandedRowRender: (task) => <RepostTargets id={task.id} /> }}
        scroll={{ x: 'max-content' }}
      />
      {issuing && <IssueRepostDialog onClose={() => setIssuing(false)} />}
    </Space>
  );
}
