import { Form, Input, InputNumber, Select, TreeSelect } from 'antd';
import type { Rule } from 'antd/es/form';
import type { OrganizationNode, OrganizationResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { ORGANIZATION_LEVEL_LABELS, ORGANIZATION_TYPE_LABELS } from '../../locales/zh-CN';
import { isValidCreditCode } from '../../utils/creditCode';
import {
  organizationKeys,
  saveOrganization,
  type OrganizationValues as FormValues,
} from './queries';

export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]*$/;
export const DIVISION_CODE_PATTERN = /^[0-9]{6}$/;

const rules: Record<string, Rule[]> = {
  code: [
    { required: true, message: '请输入单位编码' },
    { min: 2, max: 64, message: '单位编码长度为 2–64 个字符' },
    {
      pattern: CODE_PATTERN,
      message: '单位编码只能包含大写字母、数字和连字符，且以字母或数字开头',
    },
  ],
  name: [
    { required: true, whitespace: true, message: '请输入单位名称' },
    { max: 100, message: '单位名称不能超过 100 个字符' },
  ],
  shortName: [{ max: 50, message: '简称不能超过 50 个字符' }],
  type: [{ required: true, message: '请选择单位类型' }],
  level: [{ required: true, message: '请选择级别' }],
  divisionCode: [
    { required: true, message: '请输入行政区划代码' },
    { pattern: DIVISION_CODE_PATTERN, message: '行政区划代码为 6 位数字' },
  ],
  creditCode: [
    ({ getFieldValue }) => ({
      validator(_, value: string | undefined) {
        if (!value) {
          return getFieldValue('type') === 'INTERNAL_UNIT'
            ? Promise.resolve()
            : Promise.reject(new Error('请输入统一社会信用代码（内设机构除外）'));
        }
        return isValidCreditCode(value)
          ? Promise.resolve()
          : Promise.reject(new Error('统一社会信用代码应为 18 位，且校验位正确（GB 32100）'));
      },
    }),
  ],
  parentId: [{ required: true, message: '请选择上级单位' }],
};

interface TreeOption {
  value: number;
  title: string;
  children: TreeOption[];
}

function toTreeOptions(nodes: OrganizationNode[] | undefined): TreeOption[] {
  return (nodes ?? []).map((node) => ({
    value: node.id ?? 0,
    title: node.name ?? '',
    children: toTreeOptions(node.children),
  }));
}

interface Props {
  /** The organization being edited; undefined to create one. */
  organization?: OrganizationResponse;
  tree: OrganizationNode[] | undefined;
  onClose: () => void;
  onSaved: (saved: OrganizationResponse) => void;
}

/** 新建 / 编辑单位. Client rules mirror the API; the server's field errors land on the fields. */
export function OrganizationForm({ organization, tree, onClose, onSaved }: Props) {
  const editing = organization !== undefined;
  const treeOptions = toTreeOptions(tree);

  const initialValues: Partial<FormValues> = organization
    ? {
        code: organization.code,
        name: organization.name,
        shortName: organization.shortName,
        type: organization.type,
        level: organization.level,
        divisionCode: organization.divisionCode,
        creditCode: organization.creditCode,
        parentId: organization.parentId,
        competentAuthorityId: organization.competentAuthorityId,
        sortOrder: organization.sortOrder,
      }
    : { level: 'COUNTY', type: 'DEPARTMENT', sortOrder: 0 };

  return (
    <FormModal<FormValues, OrganizationResponse>
      title={editing ? `编辑单位：${organization.name ?? ''}` : '新建单位'}
      width={640}
      name="organization"
      initialValues={initialValues}
      submit={(values) => saveOrganization(values, organization)}
      success={editing ? '单位已保存' : '单位已新建'}
      invalidates={[organizationKeys.all]}
      onSuccess={onSaved}
      onClose={onClose}
    >
      <Form.Item
        name="code"
        label="单位编码"
        rules={editing ? [] : rules.code}
        extra={editing ? '单位编码创建后不可修改' : undefined}
      >
        <Input disabled={editing} placeholder="如 CC-CULTURE" maxLength={64} showCount />
      </Form.Item>
      <Form.Item name="name" label="单位名称" rules={rules.name}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="shortName" label="简称" rules={rules.shortName}>
        <Input maxLength={50} showCount />
      </Form.Item>
      <Form.Item name="type" label="单位类型" rules={rules.type}>
        <Select
          options={Object.entries(ORGANIZATION_TYPE_LABELS).map(([value, label]) => ({
            value,
            label,
          }))}
        />
      </Form.Item>
      <Form.Item name="level" label="级别" rules={editing ? [] : rules.level}>
        <Select
          disabled={editing}
          options={Object.entries(ORGANIZATION_LEVEL_LABELS).map(([value, label]) => ({
            value,
            label,
          }))}
        />
      </Form.Item>
      <Form.Item name="divisionCode" label="行政区划代码" rules={rules.divisionCode}>
        <Input maxLength={6} placeholder="如 320613" />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label="统一社会信用代码"
        rules={rules.creditCode}
        dependencies={['type']}
      >
        <Input maxLength={18} placeholder="18 位，内设机构可不填" />
      </Form.Item>
      <Form.Item name="parentId" label="上级单位" rules={editing ? [] : rules.parentId}>
        <TreeSelect
          treeData={treeOptions}
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
          allowClear
        />
      </Form.Item>
      <Form.Item
        name="competentAuthorityId"
        label="主管单位"
        extra="政府办公室；部门也可指定本部门办公室或专门处室（《办法》第六条）"
      >
        <TreeSelect
          treeData={treeOptions}
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
          allowClear
        />
      </Form.Item>
      <Form.Item name="sortOrder" label="排序">
        <InputNumber min={0} max={9999} precision={0} />
      </Form.Item>
    </FormModal>
  );
}
