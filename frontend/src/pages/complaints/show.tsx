import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/http';
import type { ComplaintResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { NoteDialog } from '../../components/NoteDialog';
import {
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATUS_COLORS,
  COMPLAINT_STATUS_LABELS,
  INVESTIGATION_STATUS_LABELS,
  MODERATION_COLORS,
  MODERATION_LABELS,
} from '../../locales/interaction';
import { labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { formatDate, formatTime } from '../../utils/dates';
import { LetterButton, VerdictDialog } from '../counterfeits/verdict';
import { ForwardDialog, ModerationDialog, PromoteDialog } from './actions';
import { ContactReveal } from './contact';
import { ComplaintPhotos } from './photos';
import { ComplaintTimeline } from './timeline';
import { refetchOnConflict, useComplaintStep } from './mutations';
import { complaintKeys, useComplaint } from './queries';
import { availableActions, type ComplaintAction } from './rules';
import { BackTitle } from '../../components/BackTitle';
import { AssumedWeekdaysNote } from '../calendar/assumed';
import { PersonName } from '../../components/PersonName';

type Dialog = Exclude<ComplaintAction, 'close' | 'contact'>;

const BUTTONS: { action: Dialog; label: string }[] = [
  { action: 'moderate', label: '审核公开' },
  { action: 'forward', label: '转办' },
  { action: 'reply', label: '答复' },
  { action: 'reopen', label: '重新办理' },
  { action: 'promote', label: '加入答问库' },
  { action: 'verdict', label: '核查结论' },
];

function Details({ c }: { c: ComplaintResponse }) {
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small">
      <Descriptions.Item label="受理编号">{c.trackingNumber}</Descriptions.Item>
      <Descriptions.Item label="类型">{labelOf(COMPLAINT_KIND_LABELS, c.kind)}</Descriptions.Item>
      <Descriptions.Item label="状态">
        <Tag color={COMPLAINT_STATUS_COLORS[c.status]}>
          {labelOf(COMPLAINT_STATUS_LABELS, c.status)}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label="公开">
        <Tag color={MODERATION_COLORS[c.moderation]}>
          {labelOf(MODERATION_LABELS, c.moderation)}
        </Tag>
        {c.moderationReason ?? ''}
      </Descriptions.Item>
      <Descriptions.Item label="对象">
        {c.accountName
          ? `${c.accountName}（${c.targetOrganizationName}）`
          : c.targetOrganizationName}
      </Descriptions.Item>
      <Descriptions.Item label="转办单位">{c.forwardedToOrganizationName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="答复期限">
        {formatDate(c.dueOn)} {c.overdue && <Tag color="red">逾期</Tag>}
        {c.status !== 'CLOSED' && <AssumedWeekdaysNote date={c.dueOn} />}
      </Descriptions.Item>
      <Descriptions.Item label="提交时间">{formatTime(c.createdAt)}</Descriptions.Item>
      {c.errorUrl && <Descriptions.Item label="纠错链接">{c.errorUrl}</Descriptions.Item>}
      {c.suspectName && (
        <Descriptions.Item label="涉嫌假冒账号">
          {c.suspectName}（{labelOf(PLATFORM_LABELS, c.suspectPlatform)}）{c.suspectLink ?? ''}
        </Descriptions.Item>
      )}
      {c.investigationStatus && (
        <Descriptions.Item label="核查状态">
          {labelOf(INVESTIGATION_STATUS_LABELS, c.investigationStatus)}
        </Descriptions.Item>
      )}
      {c.forwardNote && <Descriptions.Item label="转办说明">{c.forwardNote}</Descriptions.Item>}
    </Descriptions>
  );
}

/** 互动详情 (/interactions/:id): the submission, its reply, timeline and the caller's actions. */
export function InteractionShow() {
  const id = Number(useParams().id);
  const queryClient = useQueryClient();
  const { roles, me } = useCurrentUser();
  const complaint = useComplaint(id);
  const [dialog, setDialog] = useState<Dialog>();
  const close = useComplaintStep(
    (current: ComplaintResponse) =>
      unwrap(
        api.POST('/api/v1/complaints/{id}/close', {
          params: { path: { id: current.id } },
          body: { version: current.version },
        }),
      ),
    '已办结',
    () => undefined,
  );

  if (complaint.isLoading) return <Skeleton active />;
  if (!complaint.data) return <Alert type="error" title="公众提交加载失败" />;
  const c = complaint.data;
  const actions = availableActions(c, { roles, organizationId: me?.organization?.id });
  const onClose = () => setDialog(undefined);
  const step = (text: string, path: 'reply' | 'reopen') =>
    unwrap(
      path === 'reply'
        ? api.POST('/api/v1/complaints/{id}/reply', {
            params: { path: { id: c.id } },
            body: { reply: text, version: c.version },
          })
        : api.POST('/api/v1/complaints/{id}/reopen', {
            params: { path: { id: c.id } },
            body: { reason: text, version: c.version },
          }),
    ).catch(async (error: unknown) => {
      await refetchOnConflict(queryClient, error);
      throw error;
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<BackTitle to={'/interactions'}>{c.title}</BackTitle>}
        extra={
          <Space wrap>
            {BUTTONS.filter((b) => actions.has(b.action)).map((b) => (
              <Button key={b.action} onClick={() => setDialog(b.action)}>
                {b.label}
              </Button>
            ))}
            {actions.has('close') && (
              <Popconfirm
                title="确定办结？"
                okText="办结"
                cancelText="取消"
                onConfirm={() => close.mutate(c)}
              >
                <Button loading={close.isPending}>办结</Button>
              </Popconfirm>
            )}
            {c.investigationStatus === 'CONFIRMED_FAKE' && (
              <LetterButton complaintId={c.id} trackingNumber={c.trackingNumber} />
            )}
          </Space>
        }
      >
        <Details c={c} />
        <Typography.Title level={5}>内容</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.content}</Typography.Paragraph>
        <Typography.Title level={5}>所附照片</Typography.Title>
        <ComplaintPhotos complaintId={c.id} />
        <Typography.Title level={5}>答复</Typography.Title>
        {c.reply ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-reply">
            {c.reply}（<PersonName username={c.repliedBy} />，{formatTime(c.repliedAt)}）
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">尚未答复</Typography.Text>
        )}
      </Card>
      {actions.has('contact') && (
        <Card title="联系方式" size="small">
          <ContactReveal complaintId={c.id} />
        </Card>
      )}
      <Card title="办理记录" size="small">
        <ComplaintTimeline id={c.id} />
      </Card>
      {dialog === 'moderate' && <ModerationDialog complaint={c} onClose={onClose} />}
      {dialog === 'forward' && <ForwardDialog complaint={c} onClose={onClose} />}
      {dialog === 'promote' && <PromoteDialog complaint={c} onClose={onClose} />}
      {dialog === 'verdict' && <VerdictDialog complaintId={c.id} onClose={onClose} />}
      {dialog === 'reply' && (
        <NoteDialog
          title="答复"
          okText="答复"
          name="reply"
          label="答复内容（公开，个人信息将自动隐去）"
          maxLength={5000}
          rows={6}
          placeholder="请填写答复内容"
          requiredMessage="请填写答复内容"
          successMessage="已答复"
          invalidates={complaintKeys.all}
          send={(text) => step(text, 'reply')}
          onClose={onClose}
        />
      )}
      {dialog === 'reopen' && (
        <NoteDialog
          title="重新办理"
          okText="重新办理"
          name="reason"
          label="理由"
          maxLength={500}
          rows={3}
          placeholder="请说明重新办理的理由"
          requiredMessage="重新办理须说明理由"
          successMessage="已重新办理"
          invalidates={complaintKeys.all}
          send={(text) => step(text, 'reopen')}
          onClose={onClose}
        />
      )}
    </Space>
  );
}
