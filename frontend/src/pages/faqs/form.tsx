import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Switch, TreeSelect } from 'antd';
import { api, unwrap } from '../../api/http';
import type { FaqResponse } from '../../api/types';
import { toTreeOptions, useOrganizationTree } from '../organizations/queries';
import { refetchOnConflict } from '../complaints/mutations';
import { faqKeys } from './queries';
import { faqBody, type FaqValues } from './values';

/** 新增 / 修改答问. */
export function FaqDialog({ faq, onClose }: { faq?: FaqResponse; onClose: () => void }) {
  const [form] = Form.useForm<FaqValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const tree = useOrganizationTree();
  const save = useMutation({
    mutationFn: (values: FaqValues) =>
      faq
        ? unwrap(
            api.PUT('/api/v1/faqs/{id}', {
              params: { path: { id: faq.id } },
              body: faqBody(values, faq),
            }),
          )
        : unwrap(api.POST('/api/v1/faqs', { body: faqBody(values, undefined) })),
    onSuccess: async () => {
      void message.success('答问已保存');
      await queryClient.invalidateQueries({ queryKey: faqKeys.all });
      onClose();
    },
    onError: async (error) => {
      await refetchOnConflict(queryClient, error);
      await queryClient.invalidateQueries({ queryKey: faqKeys.all });
    },
  });
  return (
    <Modal
      open
      title={faq ? '修改答问' : '新增答问'}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<FaqValues>
        form={form}
        name="faq"
        layout="vertical"
        initialValues={
          faq
            ? {
                question: faq.question,
                answer: faq.answer,
                organizationId: faq.organizationId,
                published: faq.published,
              }
            : { published: true }
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="question"
          label="问题"
          rules={[
            { required: true, whitespace: true, message: '请填写问题' },
            { max: 300, message: '不能超过 300 个字符' },
          ]}
        >
          <Input maxLength={300} showCount />
        </Form.Item>
        <Form.Item
          name="answer"
          label="答复"
          rules={[
            { required: true, whitespace: true, message: '请填写答复' },
            { max: 5000, message: '不能超过 5000 个字符' },
          ]}
        >
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="organizationId" label="答复单位" extra="不选则为本单位">
          <TreeSelect
            allowClear
            showSearch
            disabled={!!faq}
            treeNodeFilterProp="title"
            treeDefaultExpandAll
            treeData={toTreeOptions(tree.data)}
          />
        </Form.Item>
        <Form.Item name="published" label="公开" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
