import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CounterfeitResponse, VerdictRequest } from '../../api/types';
import { FormModal, useApiMutation } from '../../components/kit';
import { COUNTERFEIT_VERDICT_LABELS } from '../../locales/interaction';
import { optionsOf } from '../../locales/zh-CN';
import { complaintKeys, useComplaint } from '../complaints/queries';
import { downloadLetter, sendVerdict } from './queries';

interface VerdictValues {
  verdict?: VerdictRequest['verdict'];
  reason?: string;
  takedownDeadline?: Dayjs;
}

/**
 * 核查结论 (Art 30). A public report's verdict carries the submission's version, so the submission
 * is read first (the investigation list does not hold it); a staff lead's carries its own version.
 */
export function VerdictDialog({
  complaintId,
  lead,
  onClose,
}: {
  /** a public report's submission */
  complaintId?: number;
  /** or a lead staff opened */
  lead?: CounterfeitResponse;
  onClose: () => void;
}) {
  const [form] = Form.useForm<VerdictValues>();
  const verdict = Form.useWatch('verdict', form);
  const complaint = useComplaint(complaintId ?? Number.NaN);
  const version = lead ? lead.version : complaint.data?.version;
  return (
    <FormModal<VerdictValues>
      title="核查结论"
      name="counterfeit-verdict"
      okText="提交"
      form={form}
      okButtonProps={{ disabled: version === undefined }}
      submit={(values) =>
        sendVerdict(lead ? { leadId: lead.id } : { complaintId: complaintId ?? 0 }, {
          verdict: values.verdict ?? 'NOT_FAKE',
          reason: values.reason?.trim() ?? '',
          version: version ?? 0,
          takedownDeadline: values.takedownDeadline?.format('YYYY-MM-DD'),
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
          title="确认假冒后，系统生成致平台关停函（PDF）和向上级主管部门的报告，列入假冒账号名录，并跟进平台关停至确认（《办法》第三十条）"
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
        <Input.TextArea rows={4} maxLength={1000} showCount />
      </Form.Item>
      {verdict === 'CONFIRMED_FAKE' && (
        <Form.Item name="takedownDeadline" label="关停期限" extra="不填则为 5 个工作日后">
          <DatePicker aria-label="关停期限" />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** Downloads the letter to the platform (PDF) of a confirmed fake. */
export function LetterButton({
  complaintId,
  investigationId,
  trackingNumber,
}: {
  complaintId?: number;
  investigationId?: number;
  /** or the lead's number, in the file name */
  trackingNumber: string;
}) {
  const download = useApiMutation({
    mutationFn: () => downloadLetter({ complaintId, investigationId }, trackingNumber),
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
