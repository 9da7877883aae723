import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SecurityDevice, SecurityDeviceKind, SecurityDeviceStatus } from '../../api/types';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { FormModal } from '../../components/kit';
import { optionsOf } from '../../locales/zh-CN';
import { DEVICE_KIND_LABELS, DEVICE_STATUS_LABELS } from '../../locales/security';
import { toIsoDate } from '../../utils/dates';
import { addSecurityDevice, securityKeys, updateSecurityDevice } from './queries';

interface DeviceValues {
  organizationId?: number;
  holder: string;
  kind: SecurityDeviceKind;
  assetNumber: string;
  lastCheckedOn?: Dayjs | null;
  status: SecurityDeviceStatus;
}

/** 登记 / 修改 a login device: holder, kind, asset number (unique in the unit), last check, status. */
export function DeviceDialog({
  device,
  organizationId,
  onClose,
}: {
  device?: SecurityDevice;
  organizationId?: number;
  onClose: () => void;
}) {
  const initialValues = device
    ? {
        holder: device.holder,
        kind: device.kind,
        assetNumber: device.assetNumber,
        lastCheckedOn: device.lastCheckedOn ? dayjs(device.lastCheckedOn) : null,
        status: device.status,
      }
    : { organizationId, kind: 'COMPUTER' as const, status: 'IN_USE' as const };
  return (
    <FormModal<DeviceValues>
      title={device ? `修改终端：${device.assetNumber}` : '登记登录终端'}
      name="security-device"
      initialValues={initialValues}
      success={device ? '终端已保存' : '终端已登记'}
      invalidates={[securityKeys.all]}
      submit={({ lastCheckedOn, ...values }) => {
        const body = { ...values, lastCheckedOn: toIsoDate(lastCheckedOn) };
        return device
          ? updateSecurityDevice(device.id, { ...body, version: device.version })
          : addSecurityDevice(body);
      }}
      onClose={onClose}
    >
      {!device && (
        <Form.Item
          name="organizationId"
          label="单位"
          rules={[{ required: true, message: '请选择单位' }]}
        >
          <OrganizationTreeSelect aria-label="终端单位" placeholder="选择单位" />
        </Form.Item>
      )}
      <Form.Item
        name="holder"
        label="持有人"
        rules={[{ required: true, whitespace: true, message: '请填写持有人' }]}
      >
        <Input maxLength={50} showCount />
      </Form.Item>
      <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
        <Select aria-label="终端类型" options={optionsOf(DEVICE_KIND_LABELS)} />
      </Form.Item>
      <Form.Item
        name="assetNumber"
        label="资产编号"
        rules={[{ required: true, whitespace: true, message: '请填写资产编号' }]}
      >
        <Input maxLength={50} showCount />
      </Form.Item>
      <Form.Item
        name="lastCheckedOn"
        label="上次检查日期"
        extra="在用终端超过 90 天（默认）未检查即逾期"
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="status" label="状态" rules={[{ required: true, message: '请选择状态' }]}>
        <Select aria-label="终端状态" options={optionsOf(DEVICE_STATUS_LABELS)} />
      </Form.Item>
    </FormModal>
  );
}
