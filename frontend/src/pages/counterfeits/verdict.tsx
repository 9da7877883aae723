import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Radio } from 'antd';
import type { VerdictRequest } from '../../api/types';
import { FormModal, useApiMutation } from '../../components/kit';
import { COUNTERFEIT_VERDICT_LABELS } from '../../locales/interaction';
import { optionsOf } from '../../locales/zh-CN';
import { complaintKeys, useComplaint } from '../complaints/queries';
import { downloadLetter, sendVerdict } from './queries';

interface VerdictValues {
  verdict?: VerdictRequest['verdict'];
  reason?: string;
}

/**
 * 核查结论 of a counterfeit report (Art 30). The verdict carries the submission's version, so the
 * submission is read first (the investigation list does not hold it).
 */
export function VerdictDialog({
  complaintId,
  onClose,
}: {
  complaintId: number;
  onClose: () => void;
}) {
  const complaint = useComplaint(complaintId);
  return (
    <FormModal<VerdictValues>
      title="核查结论"
      name="counterfeit-verdict"
      okText="提交"
      okButtonProps={{ disabled: !complaint.data }}
      submit={(values) =>
        sendVerdict(complaintId, {
          verdict: values.verdict ?? 'NOT_FAKE',
          reason: values.reason?.trim() ?? '',
          version: complaint.data?.version ?? 0,
        })
      }
      success="核查结论已保存"
      invalidates={[complaintKeys.all]}
      onClose={onClose}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="确认假冒后，系统生成致平台关停函（PDF）和向上级主管部门的报告，并列入假冒账号名录（《办法》第三十条）"
        />
      }
    >
      <Form.Item
        name="verdict"
        label="结论"
        rules={[{ required: true, message: '请选择核查结论' }]}
      >
        <Radio.Group options={optionsOf(COUNTERFEIT_VERDICT_LABELS)} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="核查情况"
        rules={[
          { required: true, whitespace: true, message: '请填写核查情况' },
          { max: 1000, message: '不能超过 1000 个字符' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

/** Downloads the letter to the platform (PDF) of a confirmed fake. */
export function LetterButton({
  complaintId,
  trackingNumber,
}: {
  complaintId: number;
  trackingNumber: string;
}) {
  const download = useApiMutation({
    mutationFn: () => downloadLetter(complaintId, trackingNumber),
  });
  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={download.isPending}
      onClick={() => download.mutate()}
    >
      关停函
    </Button>
  );
}
