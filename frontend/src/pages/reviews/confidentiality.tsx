import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { TicketResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { formatTime } from '../../utils/dates';
import { attestConfidentiality, ticketKeys, type AttestationValues } from './queries';

interface Props {
  ticket: TicketResponse;
  /** a reviewer of the host or its authority who did not write the ticket */
  canAttest: boolean;
}

/**
 * 保密审查 (Art 28): the content carries a secrecy mark, so a reviewer records the confidentiality
 * review before any step approves it; once recorded, who, when and the note are shown.
 */
export function ConfidentialityReview({ ticket, canAttest }: Props) {
  const [open, setOpen] = useState(false);
  const review = ticket.confidentiality;
  if (!review.required) return null;
  if (review.attestedBy)
    return (
      <Alert
        type="success"
        showIcon
        title={`保密审查已完成：${review.attestedBy}，${formatTime(review.attestedAt)}`}
        description={review.note}
      />
    );
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title="须进行保密审查"
        description="自动检查发现密级或涉密标志，可能涉及国家秘密。审核人员完成保密审查并记录意见前，任何环节不得审核通过、签发（《办法》第二十八条）。"
        action={
          canAttest &&
          ticket.status === 'IN_REVIEW' && (
            <Button type="primary" onClick={() => setOpen(true)}>
              保密审查
            </Button>
          )
        }
      />
      {open && (
        <FormModal<AttestationValues>
          title={`保密审查：${ticket.title}`}
          okText="确认"
          name="confidentiality-attestation"
          submit={(values) => attestConfidentiality(ticket, values)}
          success="保密审查意见已记录"
          invalidates={[ticketKeys.all]}
          onClose={() => setOpen(false)}
        >
          <Form.Item
            name="note"
            label="保密审查意见"
            rules={[{ required: true, whitespace: true, message: '请填写保密审查意见' }]}
          >
            <Input.TextArea rows={4} maxLength={1000} showCount />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
