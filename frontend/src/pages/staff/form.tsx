import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, unwrap } from '../../api/http';
import type { StaffResponse } from '../../api/types';
import { toIsoDate } from '../../utils/dates';
import { PHONE_PATTERN } from '../filings/rules';
import { toTreeOptions, useOrganizationTree } from '../organizations/queries';

interface Values {
  name?: string;
  position?: string;
  phone?: string;
  trainedOn?: Dayjs | null;
  organizationId?: number;
}

const FIELDS = ['name', 'position', 'phone', 'trainedOn', 'organizationId'];

function text(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/** 新增 / 编辑人员: name, position, phone and the training date (Art 27). */
export function StaffForm({ staff, onClose }: { staff?: StaffResponse; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const tree = useOrganizationTree();
  const editing = staff !== undefined;

  const mutation = useMutation({
    mutationFn: (values: Values) => {
      const common = {
        name: text(values.name) ?? '',
        position: text(values.position),
        phone: text(values.phone),
        trainedOn: toIsoDate(values.trainedOn),
      };
      return editing
        ? unwrap(
            api.PATCH('/api/v1/staff/{id}', { params: { path: { id: staff.id } }, body: common }),
          )
        : unwrap(
            api.POST('/api/v1/staff', {
              body: { ...common, organizationId: values.organizationId ?? undefined },
            }),
          );
    },
    onSuccess: async () => {
      void message.success(editing ? '人员已保存' : '人员已登记');
      await queryClient.invalidateQueries({ queryKey: ['staff'] });
      onClose();
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      form.setFields(
        error.fieldErrors
          .filter((violation) => violation.field && FIELDS.includes(violation.field))
          .map((violation) => ({
            name: violation.field as keyof Values,
            errors: [violation.message ?? '字段无效'],
          })),
      );
    },
  });

  return (
    <Modal
      open
      title={editing ? `编辑人员：${staff.name}` : '新增人员'}
      okText="保存"
      cancelText="取消"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="staff"
        layout="vertical"
        initialValues={
          staff
            ? {
                name: staff.name,
                position: staff.position,
                phone: staff.phone,
                trainedOn: staff.trainedOn ? dayjs(staff.trainedOn) : null,
              }
            : {}
        }
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item
          name="name"
          label="姓名"
          rules={[
            { required: true, whitespace: true, message: '请输入姓名' },
            { max: 50, message: '姓名不能超过 50 个字符' },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        {!editing && (
          <Form.Item name="organizationId" label="所在单位" extra="不选则为本人所在单位">
            <TreeSelect
              allowClear
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              treeData={toTreeOptions(tree.data)}
            />
          </Form.Item>
        )}
        <Form.Item
          name="position"
          label="职务"
          rules={[{ max: 50, message: '不能超过 50 个字符' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="phone"
          label="电话"
          rules={[{ pattern: PHONE_PATTERN, message: '电话为 5–20 位数字，可含 + 和 -' }]}
        >
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item
          name="trainedOn"
          label="培训日期"
          extra="完成培训后方可保管账号密码（《办法》第二十七条）"
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 离岗: the date; the API opens a credential-rotation task on every account they held. */
export function DepartureForm({ staff, onClose }: { staff: StaffResponse; onClose: () => void }) {
  const [form] = Form.useForm<{ departedOn?: Dayjs | null }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: { departedOn?: Dayjs | null }) =>
      unwrap(
        api.POST('/api/v1/staff/{id}/departure', {
          params: { path: { id: staff.id } },
          body: { departedOn: toIsoDate(values.departedOn) ?? '' },
        }),
      ),
    onSuccess: async () => {
      void message.success('已登记离岗，相关账号已生成密码更换任务');
      await queryClient.invalidateQueries({ queryKey: ['staff'] });
      await queryClient.invalidateQueries({ queryKey: ['rotation-tasks'] });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={`人员离岗：${staff.name}`}
      okText="确认离岗"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>离岗后，其保管密码的每个账号都会生成密码更换任务（《办法》第二十七条）。</p>
      <Form form={form} name="departure" layout="vertical" onFinish={(v) => mutation.mutate(v)}>
        <Form.Item
          name="departedOn"
          label="离岗日期"
          rules={[{ required: true, message: '请选择离岗日期' }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
