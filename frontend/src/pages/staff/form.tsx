import { DatePicker, Form, Input, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { StaffResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { PHONE_PATTERN } from '../filings/rules';
import { toTreeOptions, useOrganizationTree } from '../organizations/queries';
import { registerDeparture, saveStaff, staffKeys, type StaffValues as Values } from './queries';

/** 新增 / 编辑人员: name, position, phone and the training date (Art 27). */
export function StaffForm({ staff, onClose }: { staff?: StaffResponse; onClose: () => void }) {
  const tree = useOrganizationTree();
  const editing = staff !== undefined;

  return (
    <FormModal<Values>
      title={editing ? `编辑人员：${staff.name}` : '新增人员'}
      name="staff"
      submit={(values) => saveStaff(values, staff)}
      success={editing ? '人员已保存' : '人员已登记'}
      invalidates={[staffKeys.all]}
      onClose={onClose}
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
    >
      <Form.Item
        name="name"
        label="姓名"
        rules={[
          { required: true, whitespace: true, message: '请输入姓名' },
          { max: 50, message: '姓名不能超过 50 个字符' },
        ]}
      >
        <Input maxLength={50} showCount />
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
      <Form.Item name="position" label="职务" rules={[{ max: 50, message: '不能超过 50 个字符' }]}>
        <Input maxLength={50} showCount />
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
    </FormModal>
  );
}

/** 离岗: the date; the API opens a credential-rotation task on every account they held. */
export function DepartureForm({ staff, onClose }: { staff: StaffResponse; onClose: () => void }) {
  return (
    <FormModal<{ departedOn?: Dayjs | null }>
      title={`人员离岗：${staff.name}`}
      okText="确认离岗"
      okButtonProps={{ danger: true }}
      name="departure"
      submit={(values) => registerDeparture(staff.id, values.departedOn)}
      success="已登记离岗，相关账号已生成密码更换任务"
      invalidates={[staffKeys.all, staffKeys.rotationTasks]}
      onClose={onClose}
      intro={<p>离岗后，其保管密码的每个账号都会生成密码更换任务（《办法》第二十七条）。</p>}
    >
      <Form.Item
        name="departedOn"
        label="离岗日期"
        rules={[{ required: true, message: '请选择离岗日期' }]}
      >
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}
