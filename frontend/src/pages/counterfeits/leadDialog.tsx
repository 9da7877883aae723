import { Form, Input, Select } from 'antd';
import type { CounterfeitLeadRequest } from '../../api/types';
import { FormModal } from '../../components/kit';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { optionsOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { complaintKeys } from '../complaints/queries';
import { openLead } from './queries';
import { HTTP_URL_RULE } from '../../utils/urlRule';

type LeadValues = Partial<CounterfeitLeadRequest>;

/** 新建线索: staff open an investigation on a fake they found, without a public report (Art 30). */
export function LeadDialog({ onClose }: { onClose: () => void }) {
  return (
    <FormModal<LeadValues>
      title="新建假冒账号线索"
      name="counterfeit-lead"
      submit={(values) =>
        openLead({
          platform: values.platform ?? 'OTHER',
          name: values.name?.trim() ?? '',
          link: values.link?.trim() ? values.link.trim() : undefined,
          impersonatedOrganizationId: values.impersonatedOrganizationId ?? 0,
          lead: values.lead?.trim() ?? '',
        })
      }
      success="线索已登记，请尽快核实"
      invalidates={[complaintKeys.all]}
      onClose={onClose}
    >
      <Form.Item name="platform" label="平台" rules={[{ required: true, message: '请选择平台' }]}>
        <Select aria-label="平台" options={optionsOf(PLATFORM_LABELS)} />
      </Form.Item>
      <Form.Item
        name="name"
        label="涉嫌假冒账号名称"
        rules={[{ required: true, whitespace: true, message: '请填写账号名称' }]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="link" label="账号链接" rules={[HTTP_URL_RULE]}>
        <Input maxLength={1000} showCount />
      </Form.Item>
      <Form.Item
        name="impersonatedOrganizationId"
        label="被冒用单位"
        rules={[{ required: true, message: '请选择被冒用单位' }]}
      >
        <OrganizationTreeSelect aria-label="被冒用单位" placeholder="选择单位" />
      </Form.Item>
      <Form.Item
        name="lead"
        label="发现经过"
        rules={[{ required: true, whitespace: true, message: '请填写发现经过' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}
