import { Form, Input } from 'antd';
import { UrlField } from '../../components/fields';

/** A repost's source URL (required) and the source's title, which the title must keep (Art 21). */
export function RepostSourceFields() {
  return (
    <>
      <UrlField
        name="sourceUrl"
        label="来源网址"
        extra="转载须注明来源网址（《办法》第二十一条）"
        maxLength={500}
      />
      <Form.Item
        name="sourceTitle"
        label="来源原标题"
        extra="填写后，标题须与来源原标题一致，不得修改"
        dependencies={['title']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value?: string) =>
              !value?.trim() || value.trim() === String(getFieldValue('title') ?? '').trim()
                ? Promise.resolve()
                : Promise.reject(new Error('转载不得修改标题：标题须与来源原标题一致')),
          }),
        ]}
      >
        <Input maxLength={200} showCount />
      </Form.Item>
    </>
  );
}
