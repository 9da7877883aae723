import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Popconfirm,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/http';
import type { TicketResponse, TicketVersion } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { labelOf, ROLE_LABELS } from '../../locales/zh-CN';
import {
  CLASSIFICATION_COLORS,
  CLASSIFICATION_LABELS,
  ORIGIN_LABELS,
  REVIEW_DECISION_LABELS,
  TICKET_STATUS_COLORS,
  TICKET_STATUS_LABELS,
} from '../../locales/review';
import { formatTime } from '../../utils/dates';
import { diffLines } from '../../utils/diff';
import { PublishDialog, ReviewDecisionDialog } from './actions';
import { ConfidentialityReview } from './confidentiality';
import { awaitsMe, ticketKeys, useTicket, useTicketVersions } from './queries';
import { SubmittedCheck } from './check/submittedCheck';
import { BackTitle } from '../../components/BackTitle';
import { PersonName } from '../../components/PersonName';

const DECISION_COLORS: Record<string, string> = {
  APPROVE: 'green',
  RETURN: 'orange',
  REJECT: 'red',
};

const DIFF_STYLES = {
  equal: { prefix: '  ', background: 'transparent' },
  added: { prefix: '+ ', background: '#d9f7be' },
  removed: { prefix: '- ', background: '#ffccc7' },
};

/** A line diff of the last two content versions (title, then body). */
function VersionDiff({ versions }: { versions: TicketVersion[] }) {
  if (versions.length < 2)
    return <Typography.Text type="secondary">只有一个版本，无可比较的修改</Typography.Text>;
  const before = versions[versions.length - 2];
  const after = versions[versions.length - 1];
  const lines = diffLines(`${before.title}\n\n${before.body}`, `${after.title}\n\n${after.body}`);
  return (
    <div>
      <Typography.Text type="secondary">
        第 {before.number} 版 → 第 {after.number} 版（
        <PersonName username={after.createdBy} />，{formatTime(after.createdAt)}）
      </Typography.Text>
      <pre
        data-testid="version-diff"
        style={{ whiteSpace: 'pre-wrap', fontSize: 13, marginTop: 8, fontFamily: 'inherit' }}
      >
        {lines.map((line, index) => (
          <div key={index} style={{ background: DIFF_STYLES[line.op].background }}>
            {DIFF_STYLES[line.op].prefix}
            {line.text}
          </div>
        ))}
      </pre>
    </div>
  );
}

/** 审核单详情 (/reviews/:id): content, timeline, versions and the actions of the caller's role. */
export function ReviewShow() {
  const params = useParams();
  const id = Number(params.id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { username, roles, access } = useCurrentUser();
  const ticket = useTicket(id);
  const versions = useTicketVersions(id);
  const [dialog, setDialog] = useState<'decide' | 'publish'>();

  const withdraw = useMutation({
    mutationFn: (current: TicketResponse) =>
      unwrap(
        api.POST('/api/v1/review-tickets/{id}/withdraw', {
          params: { path: { id: current.id }, query: { version: current.version } },
        }),
      ),
    onSuccess: async () => {
      void message.success('已撤回');
      await queryClient.invalidateQueries({ queryKey: ticketKeys.all });
    },
  });

  if (ticket.isLoading) return <Skeleton active />;
  if (!ticket.data) return <Alert type="error" title="审核单加载失败" />;
  const t = ticket.data;
  const isAuthor = t.author === username;
  // never the author, never someone who signed an earlier step (Art 17; the API refuses them too)
  const canDecide =
    awaitsMe(t, roles, username) &&
    !isAuthor &&
    !t.decisions.some((step) => step.decidedBy === username);
  const canEdit = access.canWriteReviews && isAuthor && ['DRAFT', 'RETURNED'].includes(t.status);
  const canWithdraw =
    isAuthor && ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED'].includes(t.status);
  const canPublish = access.canWriteReviews && t.status === 'APPROVED';
  const canAttest = roles.includes('REVIEWER') && !isAuthor;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ConfidentialityReview ticket={t} canAttest={canAttest} />
      <Card
        title={<BackTitle to={'/reviews'}>{t.title}</BackTitle>}
        extra={
          <Space wrap>
            {canDecide && (
              <Button type="primary" onClick={() => setDialog('decide')}>
                审核
              </Button>
            )}
            {canPublish && (
              <Button type="primary" onClick={() => setDialog('publish')}>
                登记发布
              </Button>
            )}
            {canEdit && (
              <Button onClick={() => void navigate(`/reviews/${t.id}/edit`)}>修改</Button>
            )}
            {canWithdraw && (
              <Popconfirm
                title="确定撤回该审核单？"
                okText="撤回"
                cancelText="取消"
                onConfirm={() => withdraw.mutate(t)}
              >
                <Button danger loading={withdraw.isPending}>
                  撤回
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="账号">{t.accountName}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag color={TICKET_STATUS_COLORS[t.status]}>
              {labelOf(TICKET_STATUS_LABELS, t.status)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="分级">
            <Tag color={CLASSIFICATION_COLORS[t.classification]}>
              {labelOf(CLASSIFICATION_LABELS, t.classification)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="待审角色">
            {t.nextStepSigners.length
              ? `指定签发人：${t.nextStepSigners.join('、')}`
              : t.nextStepRoles.length
                ? t.nextStepRoles.map((role) => labelOf(ROLE_LABELS, role)).join('、')
                : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="来源">
            {labelOf(ORIGIN_LABELS, t.origin)}
            {t.sourceName ? `（${t.sourceName}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="撰写人">
            <PersonName username={t.author} />
          </Descriptions.Item>
          <Descriptions.Item label="计划发布">{formatTime(t.plannedAt)}</Descriptions.Item>
          <Descriptions.Item label="创建时间">{formatTime(t.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="更新时间">{formatTime(t.updatedAt)}</Descriptions.Item>
          {t.publishedUrl && (
            <Descriptions.Item label="发布链接">
              <a href={t.publishedUrl} target="_blank" rel="noreferrer">
                {t.publishedUrl}
              </a>
              （{formatTime(t.publishedAt)}）
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          正文
        </Typography.Title>
        {t.bodyFormat === 'HTML' ? (
          // sanitised by the API when stored (BodyFormat.HTML): formatting, links, images and tables only
          <div className="rich-text-body" dangerouslySetInnerHTML={{ __html: t.body }} />
        ) : (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{t.body}</Typography.Paragraph>
        )}
      </Card>
      <SubmittedCheck versions={versions.data ?? []} />
      <Card title="审核记录" size="small">
        {t.decisions.length ? (
          <Timeline
            items={t.decisions.map((step) => ({
              color: DECISION_COLORS[step.decision] ?? 'blue',
              content: (
                <Space orientation="vertical" size={0}>
                  <span>
                    第 {step.step} 步 · {labelOf(ROLE_LABELS, step.role)} ·{' '}
                    <PersonName username={step.decidedBy} />：
                    <Tag color={DECISION_COLORS[step.decision]}>
                      {labelOf(REVIEW_DECISION_LABELS, step.decision)}
                    </Tag>
                  </span>
                  {step.comment && <span>{step.comment}</span>}
                  <Typography.Text type="secondary">{formatTime(step.decidedAt)}</Typography.Text>
                </Space>
              ),
            }))}
          />
        ) : (
          <Empty description="暂无审核记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )}
      </Card>
      <Card title={`内容版本（共 ${versions.data?.length ?? 0} 个）`} size="small">
        {versions.isLoading ? <Skeleton active /> : <VersionDiff versions={versions.data ?? []} />}
      </Card>
      {dialog === 'decide' && (
        <ReviewDecisionDialog ticket={t} onClose={() => setDialog(undefined)} />
      )}
      {dialog === 'publish' && <PublishDialog ticket={t} onClose={() => setDialog(undefined)} />}
    </Space>
  );
}
