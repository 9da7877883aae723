import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Space } from 'antd';
import { api, unwrap } from '../../api/http';
import { complaintKeys } from './queries';

/**
 * 查看联系方式: the submitter's contact is read only on request, by the handling organization, and
 * every read is logged (the timeline shows it).
 */
export function ContactReveal({ complaintId }: { complaintId: number }) {
  const queryClient = useQueryClient();
  const contact = useMutation({
    mutationFn: () =>
      unwrap(api.GET('/api/v1/complaints/{id}/contact', { params: { path: { id: complaintId } } })),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: complaintKeys.timeline(complaintId) }),
  });
  if (contact.data)
    return (
      <Descriptions size="small" column={2} data-testid="complaint-contact">
        <Descriptions.Item label="姓名">{contact.data.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="电话">{contact.data.phone ?? '—'}</Descriptions.Item>
      </Descriptions>
    );
  return (
    <Space orientation="vertical" size="small">
      <Alert type="warning" showIcon title="提交人的个人信息仅供办理使用，每次查看都会被记录" />
      <Button icon={<EyeOutlined />} loading={contact.isPending} onClick={() => contact.mutate()}>
        查看联系方式
      </Button>
    </Space>
  );
}
