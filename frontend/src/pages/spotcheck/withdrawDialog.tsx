import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../components/kit';
import { supervisionKeys } from '../supervision/keys';
import { withdrawSpotCheck } from './queries';

/** 撤回抽查: a check started by mistake goes, with a reason kept in the check and the audit trail. */
export function WithdrawButton({ checkId }: { checkId: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>撤回抽查</Button>
      {open && (
        <FormModal<{ reason: string }>
          title="撤回抽查"
          name="withdraw-spot-check"
          okText="撤回"
          okButtonProps={{ danger: true }}
          intro="仅适用于误发起、尚未记录问题的抽查。撤回后本季度可重新发起，撤回理由记入审计日志。"
          submit={({ reason }) => withdrawSpotCheck(checkId, reason)}
          success="抽查已撤回"
          invalidates={[supervisionKeys.all]}
          onClose={() => setOpen(false)}
        >
          <Form.Item
            name="reason"
            label="撤回理由"
            rules={[{ required: true, whitespace: true, message: '请填写撤回理由' }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              placeholder="如：误选季度，撤回后重新发起"
            />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
