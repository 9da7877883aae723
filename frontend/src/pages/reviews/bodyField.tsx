import { Form, Input } from 'antd';
import { RichTextEditor } from '../../components/RichTextEditor';

/** The API's limit on a ticket body (HTML included). */
const BODY_LIMIT = 100000;

/** 正文: rich text, or the plain area for tickets written before the rich-text editor. */
export function BodyField({ plainText }: { plainText: boolean }) {
  return (
    <Form.Item
      name="body"
      label="正文"
      rules={[{ required: true, whitespace: true, message: '请填写正文' }]}
    >
      {plainText ? (
        <Input.TextArea autoSize={{ minRows: 8, maxRows: 24 }} maxLength={BODY_LIMIT} showCount />
      ) : (
        <RichTextEditor label="正文" maxLength={BODY_LIMIT} />
      )}
    </Form.Item>
  );
}
