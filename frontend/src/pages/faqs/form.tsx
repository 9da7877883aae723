import { Form, Input, Switch, TreeSelect } from 'antd';
import type { FaqResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { toTreeOptions, useOrganizationTree } from '../organizations/queries';
import { faqKeys, saveFaq } from './queries';
import type { FaqValues } from './values';

/** 新增 / 修改答问. */
export function FaqDialog({ faq, onClose }: { faq?: FaqResponse; onClose: () => void }) {
  const tree = useOrganizationTree();
  return (
    <FormModal<FaqValues>
      title={faq ? '修改答问' : '新增答问'}
      name="faq"
      width={640}
      submit={(values) => saveFaq(values, faq)}
      success="答问已保存"
      invalidates={[faqKeys.all]}
      onClose={onClose}
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
    </FormModal>
  );
}
