import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { TitleField, UrlField } from '../../components/fields';
import { useState } from 'react';
import type { RepostTaskDetail } from '../../api/types';
import { FormModal } from '../../components/kit';
import { todayInShanghai, toIsoDate } from '../../utils/dates';
import { useAccountSearch } from '../accounts/queries';
import { issueRepostTask, repostKeys } from './queries';

interface IssueValues {
  title: string;
  sourceUrl: string;
  sourceTitle?: string;
  note?: string;
  deadline: Dayjs;
  accountIds: number[];
}

const text = (value?: string) => (value?.trim() ? value.trim() : undefined);

/** 下发转发任务 (Art 21): the item, its deadline and the accounts of the caller's scope that must repost it. */
export function IssueRepostDialog({ onClose }: { onClose: () => void }) {
  const [q, setQ] = useState('');
  const accounts = useAccountSearch(q);
  return (
    <FormModal<IssueValues, RepostTaskDetail>
      title="下发转发任务"
      okText="下发"
      width={640}
      name="repost-task"
      submit={(values) =>
        issueRepostTask({
          title: values.title.trim(),
          sourceUrl: values.sourceUrl.trim(),
          sourceTitle: text(values.sourceTitle),
          note: text(values.note),
          deadline: toIsoDate(values.deadline) ?? '',
          accountIds: values.accountIds,
        })
      }
      success="转发任务已下发"
      invalidates={[repostKeys.all]}
      onClose={onClose}
    >
      <TitleField />
      <UrlField name="sourceUrl" label="来源网址" />
      <Form.Item
        name="sourceTitle"
        label="来源原标题"
        extra="与标题不同时填写；按网址或标题认定已转发"
      >
        <Input maxLength={200} showCount />
      </Form.Item>
      <Form.Item name="note" label="要求">
        <Input.TextArea rows={2} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item
        name="deadline"
        label="截止日期"
        rules={[{ required: true, message: '请选择截止日期' }]}
      >
        <DatePicker disabledDate={(day: Dayjs) => day.isBefore(dayjs(todayInShanghai()), 'day')} />
      </Form.Item>
      <Form.Item
        name="accountIds"
        label="转发账号"
        rules={[{ required: true, message: '请至少选择一个账号' }]}
      >
        <Select
          mode="multiple"
          showSearch={{ filterOption: false, onSearch: (value) => setQ(value.trim()) }}
          loading={accounts.isFetching}
          placeholder="输入账号名称搜索"
          options={accounts.data ?? []}
        />
      </Form.Item>
    </FormModal>
  );
}
