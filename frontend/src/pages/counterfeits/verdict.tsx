import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Radio } from 'antd';
import { api, unwrap } from '../../api/http';
import type { VerdictRequest } from '../../api/types';
import { COUNTERFEIT_VERDICT_LABELS } from '../../locales/interaction';
import { optionsOf } from '../../locales/zh-CN';
import { fileNameOf, saveBlob } from '../../utils/download';
import { useComplaintStep } from '../complaints/mutations';
import { useComplaint } from '../complaints/queries';

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
  const [form] = Form.useForm<VerdictValues>();
  const complaint = useComplaint(complaintId);
  const step = useComplaintStep(
    (values: VerdictValues) =>
      unwrap(
        api.POST('/api/v1/complaints/{id}/counterfeit-verdict', {
          params: { path: { id: complaintId } },
          body: {
            verdict: values.verdict ?? 'NOT_FAKE',
            reason: values.reason?.trim() ?? '',
            version: complaint.data?.version ?? 0,
          },
        }),
      ),
    '核查结论已保存',
    onClose,
  );
  return (
    <Modal
      open
      title="核查结论"
      okText="提交"
      cancelText="取消"
      okButtonProps={{ disabled: !complaint.data }}
      confirmLoading={step.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="确认假冒后，系统生成致平台关停函（PDF）和向上级主管部门的报告，并列入假冒账号名录（《办法》第三十条）"
      />
      <Form<VerdictValues>
        form={form}
        name="counterfeit-verdict"
        layout="vertical"
        onFinish={(values) => step.mutate(values)}
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
      </Form>
    </Modal>
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
  const download = useMutation({
    mutationFn: async () => {
      const { data, response } = await api.GET('/api/v1/complaints/{id}/letter.pdf', {
        params: { path: { id: complaintId } },
        parseAs: 'blob',
        headers: { Accept: 'application/pdf, application/problem+json' },
      });
      if (!data) throw new Error('下载失败');
      saveBlob(
        data,
        fileNameOf(response.headers.get('content-disposition'), `关停函-${trackingNumber}.pdf`),
      );
    },
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
