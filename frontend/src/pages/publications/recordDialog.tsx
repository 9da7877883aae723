import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { TitleField, UrlField } from '../../components/fields';
import type { PublicationResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { optionsOf } from '../../locales/zh-CN';
import { ORIGIN_LABELS } from '../../locales/review';
import { accountOptions, useAccountChoices } from '../accounts/queries';
import { publicationKeys, recordPublication, type RecordValues } from './queries';

/** 登记一条系统外发布的内容 (Art 19): one record outside the review workflow, e.g. a repost of a 转发任务. */
export function RecordPublicationDialog({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<RecordValues>();
  const origin = Form.useWatch('origin', form);
  const accounts = useAccountChoices();
  return (
    <FormModal<RecordValues, PublicationResponse>
      title="登记发布"
      okText="登记"
      name="publication"
      form={form}
      submit={recordPublication}
      success="发布记录已登记"
      invalidates={[publicationKeys.all]}
      onClose={onClose}
      initialValues={{ origin: 'ORIGINAL', publishedAt: dayjs() }}
    >
      <Form.Item name="accountId" label="账号" rules={[{ required: true, message: '请选择账号' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={accounts.isLoading}
          options={accountOptions(accounts.data)}
          placeholder="请选择账号"
        />
      </Form.Item>
      <Form.Item
        name="publishedAt"
        label="发布时间"
        rules={[{ required: true, message: '请选择发布时间' }]}
      >
        <DatePicker
          showTime
          format="YYYY-MM-DD HH:mm"
          disabledDate={(day: Dayjs) => day.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item name="origin" label="类型">
        <Radio.Group options={optionsOf(ORIGIN_LABELS)} />
      </Form.Item>
      {origin === 'REPOST' && (
        <Form.Item
          name="sourceName"
          label="转载来源"
          extra="转载须注明来源（《办法》第二十一条）"
          rules={[{ required: true, whitespace: true, message: '请填写转载来源' }]}
        >
          <Input maxLength={100} showCount />
        </Form.Item>
      )}
      <TitleField />
      <UrlField name="url" label="链接" />
    </FormModal>
  );
}
