import { Form, Input, Select, Space, Tag } from 'antd';
import type { SampledAccount } from '../../api/types';
import { FormModal } from '../../components/kit';
import { labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { formatDate } from '../../utils/dates';
import { supervisionKeys } from '../supervision/keys';
import { recordFinding, useChecklist, type FindingValues } from './queries';

/**
 * 记录问题 (AUDITOR): a finding against one checklist item on a sampled account; the API opens a
 * rectification task for the host with a working-day deadline.
 */
export function FindingDialog({
  checkId,
  account,
  onClose,
}: {
  checkId: number;
  account: SampledAccount;
  onClose: () => void;
}) {
  const checklist = useChecklist();
  return (
    <FormModal<FindingValues, Awaited<ReturnType<typeof recordFinding>>>
      title={`记录问题：${account.accountName}`}
      okText="记录"
      width={600}
      name="spot-check-finding"
      submit={(values) => recordFinding(checkId, account.accountId, values)}
      success={(finding) =>
        `问题已记录，已向主办单位下发整改任务（整改期限 ${formatDate(finding.rectificationDeadline)}）`
      }
      invalidates={[supervisionKeys.spotCheck(checkId)]}
      onClose={onClose}
      intro={
        <p>
          {labelOf(PLATFORM_LABELS, account.platform)} · {account.hostOrganizationName}
        </p>
      }
    >
      <Form.Item
        name="itemCode"
        label="检查项"
        rules={[{ required: true, message: '请选择检查项' }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'title' }}
          loading={checklist.isLoading}
          placeholder="请选择检查项"
          options={(checklist.data ?? []).map((item) => ({
            value: item.code,
            title: item.name,
            label: (
              <Space size={4}>
                <span>{item.name}</span>
                {item.kind === 'VETO' ? (
                  <Tag color="red">单项否决</Tag>
                ) : (
                  <Tag>扣 {item.points ?? 0} 分</Tag>
                )}
              </Space>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label="问题描述"
        rules={[
          { required: true, whitespace: true, message: '请填写问题描述' },
          { max: 1500, message: '不能超过 1500 个字符' },
        ]}
      >
        <Input.TextArea
          rows={4}
          maxLength={1500}
          showCount
          placeholder="如：检查日前两周内无任何更新"
        />
      </Form.Item>
    </FormModal>
  );
}
