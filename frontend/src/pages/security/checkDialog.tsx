import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SecurityCheck, SecurityCheckArea } from '../../api/types';
import { FormModal } from '../../components/kit';
import { optionsOf } from '../../locales/zh-CN';
import { CHECK_AREA_LABELS } from '../../locales/security';
import { toIsoDate, todayInShanghai } from '../../utils/dates';
import { useAccountChoices } from '../accounts/queries';
import { recordSecurityCheck, securityKeys } from './queries';

interface CheckValues {
  accountId: number;
  checkedOn: Dayjs;
  checkedBy: string;
  summary: string;
  findings?: { area: SecurityCheckArea; description: string; rectificationDeadline: Dayjs }[];
}

/** Self-built apps and sites: the platforms a host runs itself (Art 29.1). */
const SELF_BUILT = ['MOBILE_APP', 'MINI_PROGRAM', 'OTHER'];

/** 登记安全检查: the app or site, date, who checked, the conclusion and each finding with its deadline. */
export function CheckDialog({
  organizationId,
  onClose,
}: {
  organizationId?: number;
  onClose: () => void;
}) {
  const accounts = useAccountChoices();
  const options = (accounts.data ?? [])
    .filter((account) => SELF_BUILT.includes(account.platform))
    .filter((account) => !organizationId || account.hostOrganizationId === organizationId)
    .map((account) => ({
      value: account.id,
      label: `${account.name}（${account.hostOrganizationName}）`,
    }));
  return (
    <FormModal<CheckValues, SecurityCheck>
      title="登记安全检查"
      name="security-check"
      width={640}
      initialValues={{ checkedOn: dayjs(todayInShanghai()), findings: [] }}
      success={(check) => `检查已登记，${check.findings.length} 个问题已转为整改任务`}
      invalidates={[securityKeys.all]}
      submit={({ checkedOn, findings = [], ...values }) =>
        recordSecurityCheck({
          ...values,
          checkedOn: toIsoDate(checkedOn)!,
          findings: findings.map(({ rectificationDeadline, ...finding }) => ({
            ...finding,
            rectificationDeadline: toIsoDate(rectificationDeadline)!,
          })),
        })
      }
      onClose={onClose}
    >
      <Form.Item
        name="accountId"
        label="自建应用 / 网站"
        extra="移动客户端、小程序或自建网站"
        rules={[{ required: true, message: '请选择检查对象' }]}
      >
        <Select aria-label="检查对象" showSearch optionFilterProp="label" options={options} />
      </Form.Item>
      <Form.Item
        name="checkedOn"
        label="检查日期"
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="checkedBy"
        label="检查人 / 机构"
        rules={[{ required: true, whitespace: true, message: '请填写检查人' }]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item
        name="summary"
        label="检查结论"
        rules={[{ required: true, whitespace: true, message: '请填写检查结论' }]}
      >
        <Input.TextArea
          rows={2}
          maxLength={2000}
          showCount
          placeholder="应用程序、操作系统、数据库检查情况"
        />
      </Form.Item>
      <Form.List name="findings">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => (
              <Space key={key} align="start" wrap>
                <Form.Item name={[name, 'area']} rules={[{ required: true, message: '请选择' }]}>
                  <Select
                    aria-label="问题范围"
                    placeholder="范围"
                    style={{ width: 110 }}
                    options={optionsOf(CHECK_AREA_LABELS)}
                  />
                </Form.Item>
                <Form.Item
                  name={[name, 'description']}
                  rules={[{ required: true, whitespace: true, message: '请描述问题' }]}
                >
                  <Input
                    aria-label="问题描述"
                    placeholder="问题描述"
                    style={{ width: 240 }}
                    maxLength={2000}
                    showCount
                  />
                </Form.Item>
                <Form.Item
                  name={[name, 'rectificationDeadline']}
                  rules={[{ required: true, message: '请选择整改期限' }]}
                >
                  <DatePicker aria-label="整改期限" placeholder="整改期限" />
                </Form.Item>
                <MinusCircleOutlined aria-label="删除问题" onClick={() => remove(name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
              添加发现的问题（转为整改任务）
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
