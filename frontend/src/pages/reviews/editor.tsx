import { Alert, Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { useTicket } from './queries';
import { EditorForm } from './editorForm';

/** 撰写 / 修改审核单 (/reviews/new, /reviews/:id/edit): automatic check, de-identify, save, submit. */
export function ReviewEditor() {
  const params = useParams();
  const id = params.id !== undefined ? Number(params.id) : undefined;
  const editing = id !== undefined;
  const ticket = useTicket(id);
  if (editing && ticket.isLoading) return <Skeleton active />;
  if (editing && !ticket.data) return <Alert type="error" title="审核单加载失败" />;
  if (ticket.data && !['DRAFT', 'RETURNED'].includes(ticket.data.status))
    return <Result status="warning" title="只有草稿或已退回的审核单可以修改" />;
  return <EditorForm key={ticket.data?.id ?? 'new'} ticket={ticket.data} />;
}
