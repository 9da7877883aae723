import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Space, Tag } from 'antd';
import { api, unwrap } from '../../api/http';
import type { SampledAccount } from '../../api/types';
import { labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { formatDate } from '../../utils/dates';
import { supervisionKeys } from '../supervision/keys';
import { useChecklist } from './queries';

interface FindingValues {
  itemCode?: string;
  description?: string;
}

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
  const [form] = Form.useForm<FindingValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const checklist = useChecklist();
  const record = useMutation({
    mutationFn: (values: FindingValues) =>
      unwrap(
        api.POST('/api/v1/spot-checks/{id}/findings', {
          params: { path: { id: checkId } },
          body: {
            accountId: account.accountId,
            itemCode: values.itemCode ?? '',
            description: values.description?.trim() ?? '',
          },
        }),
      ),
    onSuccess: async (finding) => {
      void message.success(
        `问题已记录，已向主办单位下发整改任务（整改期限 ${formatDate(finding.rectificationDeadline)}）`,
      );
      await queryClient.invalidateQueries({ queryKey: supervisionKeys.spotCheck(checkId) });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={`记录问题：${account.accountName}`}
      okText="记录"
      cancelText="取消"
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <p>
        {labelOf(PLATFORM_LABELS, account.platform)} · {account.hostOrganizationName}
      </p>
      <Form<FindingValues>
        form={form}
        name="spot-check-finding"
        layout="vertical"
        onFinish={(values) => record.mutate(values)}
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
          <Input.TextArea rows={4} maxLength={1500} placeholder="如：检查日前两周内无任何更新" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
