import { Alert, Checkbox, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs from 'dayjs';
import type { FilingType } from '../../api/types';
import {
  FUNCTION_LABELS,
  OPERATOR_TYPE_LABELS,
  optionsOf,
  PLATFORM_LABELS,
} from '../../locales/zh-CN';

import type { Values } from './formValues';
import type { AccountRuleInput } from './rules';
import { HTTP_URL_RULE } from '../../utils/urlRule';

/** The account fields an OPEN files and a CHANGE may alter, with the conditional ones of Art 7, 13, 25 and 35. */
export function AccountFields({
  type,
  accountRule,
  operatorType,
  effectivePlatform,
  offersNews,
  offersAudioVideo,
  legacy,
}: {
  type: FilingType;
  accountRule: (field: keyof AccountRuleInput) => Rule;
  operatorType: Values['operatorType'];
  effectivePlatform: string | undefined;
  offersNews: Values['offersNews'];
  offersAudioVideo: Values['offersAudioVideo'];
  legacy: Values['legacy'];
}) {
  return (
    <>
      {type === 'CHANGE' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="只提交改动的字段，主管单位通过后生效"
        />
      )}
      {type === 'OPEN' && (
        <Form.Item name="platform" label="平台" rules={[accountRule('platform')]} required>
          <Select options={optionsOf(PLATFORM_LABELS)} placeholder="请选择平台" />
        </Form.Item>
      )}
      <Form.Item name="name" label="账号名称" rules={[accountRule('name')]} required>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item
        name="certificationSubject"
        label="认证主体"
        extra="平台上显示的认证主体应为主办单位（《办法》第十四条）"
        rules={[accountRule('certificationSubject')]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="platformAccountId" label="平台账号 ID（原始 ID / UID）">
        <Input maxLength={100} showCount />
      </Form.Item>
      {type === 'OPEN' && (
        <Form.Item name="avatarUrl" label="头像地址" rules={[HTTP_URL_RULE]}>
          <Input maxLength={500} showCount />
        </Form.Item>
      )}
      <Space size="large" wrap>
        <Form.Item
          name="responsiblePerson"
          label="责任人"
          rules={[accountRule('responsiblePerson')]}
          required
        >
          <Input maxLength={50} showCount style={{ width: 240 }} />
        </Form.Item>
        <Form.Item
          name="responsiblePhone"
          label="责任人电话"
          rules={[accountRule('responsiblePhone')]}
        >
          <Input maxLength={20} style={{ width: 240 }} />
        </Form.Item>
      </Space>
      <Form.Item
        name="operatorType"
        label="运维方式"
        rules={[accountRule('operatorType')]}
        required
      >
        <Radio.Group options={optionsOf(OPERATOR_TYPE_LABELS)} />
      </Form.Item>
      <Form.Item
        name="operatorName"
        label="运维单位"
        rules={[accountRule('operatorName')]}
        required
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      {operatorType === 'CONTRACTED' && (
        <Space size="large" wrap>
          <Form.Item
            name="contractSignedOn"
            label="合同签订日期"
            rules={[accountRule('contractSignedOn')]}
            dependencies={['operatorType']}
            required
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="confidentialitySignedOn"
            label="保密协议签订日期"
            rules={[accountRule('confidentialitySignedOn')]}
            dependencies={['operatorType']}
            required
          >
            <DatePicker />
          </Form.Item>
        </Space>
      )}
      <Form.Item name="functions" label="功能">
        <Checkbox.Group options={optionsOf(FUNCTION_LABELS)} />
      </Form.Item>
      {effectivePlatform === 'MOBILE_APP' && (
        <Form.Item
          name="ipv6Supported"
          valuePropName="checked"
          rules={[accountRule('ipv6Supported')]}
          dependencies={['platform']}
        >
          <Checkbox>支持 IPv6 访问（《办法》第十三条，必须勾选）</Checkbox>
        </Form.Item>
      )}
      <Space size="large" wrap>
        <Form.Item name="offersNews" valuePropName="checked">
          <Checkbox>提供新闻信息服务</Checkbox>
        </Form.Item>
        <Form.Item name="offersAudioVideo" valuePropName="checked">
          <Checkbox>提供网络视听节目服务</Checkbox>
        </Form.Item>
      </Space>
      {(offersNews || offersAudioVideo) && (
        <Form.Item
          name="licenceNumber"
          label="许可证编号"
          extra="新闻信息服务许可证或信息网络传播视听节目许可证（《办法》第二十五条）"
          rules={[accountRule('licenceNumber')]}
          dependencies={['offersNews', 'offersAudioVideo']}
          required
        >
          <Input maxLength={100} showCount />
        </Form.Item>
      )}
      {type === 'OPEN' && (
        <Form.Item
          name="legacy"
          valuePropName="checked"
          extra={
            legacy
              ? '存量账号由主办单位自《办法》公布（2019-10-10）或发现之日起 20 个工作日内补办备案（《办法》第三十五条）'
              : '《办法》发布前已开设的账号请勾选'
          }
        >
          <Checkbox>存量账号补备案</Checkbox>
        </Form.Item>
      )}
      {type === 'OPEN' && legacy && (
        <Form.Item
          name="foundOn"
          label="发现日期"
          extra="2019-10-10 以后才发现的存量账号，自发现之日起计算"
        >
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
      )}
    </>
  );
}
