import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { REBUTTAL_STATUS_COLORS, REBUTTAL_STATUS_LABELS } from '../../locales/interaction';
import { labelOf } from '../../locales/zh-CN';
import {
  CLASSIFICATION_LABELS,
  TICKET_STATUS_COLORS,
  TICKET_STATUS_LABELS,
} from '../../locales/review';
import { formatTime } from '../../utils/dates';
import { useTicket } from '../reviews/queries';
import { useRebuttal } from './queries';
import { ReviewDialog, SubmitTicketButton } from './review';
import { rebuttalActions } from './values';
import { BackTitle } from '../../components/BackTitle';
import { PersonName } from '../../components/PersonName';

function Links({ urls }: { urls: string[] }) {
  if (!urls.length) return <>—</>;
  return (
    <Space orientation="vertical" size={0}>
      {urls.map((url) => (
        <a key={url} href={url} target="_blank" rel="noreferrer">
          {url}
        </a>
      ))}
    </Space>
  );
}

/** 辟谣详情 (/rumours/:id): content, status, the review ticket and the next step. */
export function RumourShow() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { access, username } = useCurrentUser();
  const rebuttal = useRebuttal(id);
  const ticket = useTicket(rebuttal.data?.reviewTicketId);
  const [reviewing, setReviewing] = useState(false);

  if (rebuttal.isLoading) return <Skeleton active />;
  if (!rebuttal.data) return <Alert type="error" title="辟谣加载失败" />;
  const r = rebuttal.data;
  const actions = rebuttalActions(r, ticket.data, access.canWriteRumours, username);
  const ticketStatus = ticket.data?.status;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<BackTitle to={'/rumours'}>{r.title}</BackTitle>}
        extra={
          <Space wrap>
            {actions.review && (
              <Button type="primary" onClick={() => setReviewing(true)}>
                送审
              </Button>
            )}
            {actions.submitTicket && ticket.data && <SubmitTicketButton ticket={ticket.data} />}
            {actions.edit && (
              <Button onClick={() => void navigate(`/rumours/${r.id}/edit`)}>修改</Button>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="状态">
            <Tag color={REBUTTAL_STATUS_COLORS[r.status]}>
              {labelOf(REBUTTAL_STATUS_LABELS, r.status)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="评级">{r.verdictName}</Descriptions.Item>
          <Descriptions.Item label="发布单位">{r.organizationName}</Descriptions.Item>
          <Descriptions.Item label="发布账号">{r.accountName}</Descriptions.Item>
          <Descriptions.Item label="审核单">
            {r.reviewTicketId ? (
              <Space size={4}>
                <Link to={`/reviews/${r.reviewTicketId}`}>审核单 #{r.reviewTicketId}</Link>
                {ticketStatus && (
                  <Tag color={TICKET_STATUS_COLORS[ticketStatus]}>
                    {labelOf(TICKET_STATUS_LABELS, ticketStatus)}
                  </Tag>
                )}
                {r.classification && labelOf(CLASSIFICATION_LABELS, r.classification)}
              </Space>
            ) : (
              '未送审'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="撰写人">
            <PersonName username={r.createdBy} />
          </Descriptions.Item>
          {r.publishedUrl && (
            <Descriptions.Item label="发布链接">
              <a href={r.publishedUrl} target="_blank" rel="noreferrer">
                {r.publishedUrl}
              </a>
              （{formatTime(r.publishedAt)}）
            </Descriptions.Item>
          )}
          <Descriptions.Item label="更新时间">{formatTime(r.updatedAt)}</Descriptions.Item>
        </Descriptions>
        {r.status === 'IN_REVIEW' && (
          <Alert
            type="info"
            showIcon
            style={{ margin: '12px 0' }}
            title="审核单经审核人、分管领导签发后，在审核单页面登记发布；发布后辟谣即在公开栏目中展示"
          />
        )}
        <Typography.Title level={5}>网传</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.rumour}</Typography.Paragraph>
        <Typography.Title level={5}>真相</Typography.Title>
        {/* rich text, sanitized by the API */}
        <div style={{ whiteSpace: 'pre-wrap' }} dangerouslySetInnerHTML={{ __html: r.truth }} />
        <Descriptions column={1} size="small">
          <Descriptions.Item label="依据">{r.evidence ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="依据链接">
            <Links urls={r.evidenceLinks} />
          </Descriptions.Item>
          <Descriptions.Item label="谣言出处">
            <Links urls={r.rumourAppearances} />
          </Descriptions.Item>
          <Descriptions.Item label="相关留言、投诉">
            {r.complaintIds.length
              ? r.complaintIds.map((cid) => (
                  <Link key={cid} to={`/interactions/${cid}`} style={{ marginRight: 8 }}>
                    #{cid}
                  </Link>
                ))
              : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {reviewing && <ReviewDialog rebuttal={r} onClose={() => setReviewing(false)} />}
    </Space>
  );
}
