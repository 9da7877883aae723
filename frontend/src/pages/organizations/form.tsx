import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select, TreeSelect } from 'antd';
import type { Rule } from 'antd/es/form';
import { api, ApiError, unwrap } from '../../api/http';
import type {
  CreateOrganizationRequest,
  OrganizationNode,
  OrganizationResponse,
  UpdateOrganizationRequest,
} from '../../api/types';
import { ORGANIZATION_LEVEL_LABELS, ORGANIZATION_TYPE_LABELS } from '../../locales/zh-CN';
import { isValidCreditCode } from '../../utils/creditCode';
import { organizationKeys } from './queries';

type FormValues = Required<Pick<CreateOrganizationRequest, 'name' | 'type' | 'divisionCode'>> &
  Pick<
    CreateOrganizationRequest,
    | 'code'
    | 'level'
    | 'shortName'
    | 'creditCode'
    | 'parentId'
    | 'competentAuthorityId'
    | 'sortOrder'
  >;

const FIELD_NAMES: readonly string[] = [
  'code',
  'name',
  'shortName',
  'type',
  'level',
  'divisionCode',
  'creditCode',
  'parentId',
  'competentAuthorityId',
  'sortOrder',
];

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

function blankToUndefined(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
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
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const editing = organization !== undefined;
  const treeOptions = toTreeOptions(tree);

  const mutation = useMutation({
    mutationFn: (values: FormValues) => {
      const common = {
        name: values.name.trim(),
        shortName: blankToUndefined(values.shortName),
        type: values.type,
        divisionCode: values.divisionCode,
        creditCode: blankToUndefined(values.creditCode),
        parentId: values.parentId,
        competentAuthorityId: values.competentAuthorityId ?? undefined,
        sortOrder: values.sortOrder ?? undefined,
      };
      if (editing) {
        const body: UpdateOrganizationRequest = { ...common, version: organization.version };
        return unwrap(
          api.PATCH('/api/v1/organizations/{id}', {
            params: { path: { id: organization.id ?? 0 } },
            body,
          }),
        );
      }
      const body: CreateOrganizationRequest = {
        ...common,
        code: values.code ?? '',
        level: values.level ?? 'COUNTY',
        parentId: values.parentId ?? 0,
      };
      return unwrap(api.POST('/api/v1/organizations', { body }));
    },
    onSuccess: async (saved) => {
      void message.success(editing ? '单位已保存' : '单位已新建');
      await queryClient.invalidateQueries({ queryKey: organizationKeys.all });
      onSaved(saved);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const fields = error.fieldErrors
        .filter((violation) => violation.field && FIELD_NAMES.includes(violation.field))
        .map((violation) => ({
          name: violation.field as keyof FormValues,
          errors: [violation.message ?? violation.code ?? '字段无效'],
        }));
      form.setFields(fields);
    },
  });

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
    <Modal
      open
      title={editing ? `编辑单位：${organization.name ?? ''}` : '新建单位'}
      okText="保存"
      cancelText="取消"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form<FormValues>
        form={form}
        name="organization"
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item
          name="code"
          label="单位编码"
          rules={editing ? [] : rules.code}
          extra={editing ? '单位编码创建后不可修改' : undefined}
        >
          <Input disabled={editing} placeholder="如 CC-CULTURE" maxLength={64} />
        </Form.Item>
        <Form.Item name="name" label="单位名称" rules={rules.name}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item name="shortName" label="简称" rules={rules.shortName}>
          <Input maxLength={50} />
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
        <Form.Item name="competentAuthorityId" label="主管单位">
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
      </Form>
    </Modal>
  );
}
