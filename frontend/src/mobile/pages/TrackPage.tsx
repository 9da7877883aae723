import { Card, ErrorBlock, Form, Input, List, SpinLoading, Steps, Tag } from 'antd-mobile';
import { useEffect, useMemo, useState } from 'react';
import { Labelled, QueryButton } from './queryForm';
import { useSearchParams } from 'react-router';
import { COMPLAINT_KIND_LABELS, COMPLAINT_STATUS_LABELS } from '../../locales/interaction';
import { errorMessage, type ComplaintStatusView } from '../api';
import { MobilePage } from '../MobilePage';
import { useComplaintPhoto, useComplaintStatus } from '../queries';
import { savedReceipt, savedReceipts } from '../storage';

const STEPS: ComplaintStatusView['status'][] = ['RECEIVED', 'FORWARDED', 'ANSWERED', 'CLOSED'];

function dateTime(value?: string): string {
  return value
    ? new Date(value).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
    : '';
}

function Photo({
  trackingNumber,
  token,
  photoId,
  index,
}: {
  trackingNumber: string;
  token: string;
  photoId: number;
  index: number;
}) {
  const photo = useComplaintPhoto(trackingNumber, token, photoId);
  const url = useMemo(
    () => (photo.data ? URL.createObjectURL(photo.data) : undefined),
    [photo.data],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  if (photo.isError) return <span className="m-muted">照片 {index + 1} 无法加载</span>;
  if (!url) return <SpinLoading aria-label={`照片 ${index + 1} 加载中`} />;
  return <img src={url} alt={`照片 ${index + 1}`} />;
}

function StatusView({ view, token }: { view: ComplaintStatusView; token: string }) {
  const current = STEPS.indexOf(view.status);
  return (
    <section aria-label="办理进度" data-testid="complaint-status">
      <Card
        className="m-section"
        title={view.title}
        extra={<Tag color="primary">{COMPLAINT_STATUS_LABELS[view.status]}</Tag>}
      >
        <List>
          <List.Item extra={view.trackingNumber}>受理编号</List.Item>
          <List.Item extra={COMPLAINT_KIND_LABELS[view.kind]}>类型</List.Item>
          <List.Item extra={dateTime(view.submittedAt)}>提交时间</List.Item>
          <List.Item extra={view.replyDueOn}>答复期限</List.Item>
        </List>
        <Steps current={current} style={{ marginTop: 12 }}>
          {STEPS.map((step) => (
            <Steps.Step key={step} title={COMPLAINT_STATUS_LABELS[step]} />
          ))}
        </Steps>
      </Card>
      {view.reply ? (
        <Card className="m-section" title={`答复（${dateTime(view.repliedAt)}）`}>
          <div className="m-pre" data-testid="complaint-reply">
            {view.reply}
          </div>
        </Card>
      ) : (
        <Card className="m-section">
          <span className="m-muted">承办单位尚未答复，请在答复期限后再来查询。</span>
        </Card>
      )}
      {view.photos && view.photos.length > 0 && (
        <Card className="m-section" title="您提交的照片">
          <div className="m-photos">
            {view.photos.map((photo, index) => (
              <Photo
                key={photo.id}
                trackingNumber={view.trackingNumber}
                token={token}
                photoId={photo.id}
                index={index}
              />
            ))}
          </div>
        </Card>
      )}
    </section>
  );
}

/** 查询进度: tracking number and query token; the receipts kept on this phone are one tap away. */
export function TrackPage() {
  const [params] = useSearchParams();
  const initial = params.get('n') ?? '';
  const [trackingNumber, setTrackingNumber] = useState(initial);
  const [token, setToken] = useState(savedReceipt(initial)?.queryToken ?? '');
  const [asked, setAsked] = useState<{ trackingNumber: string; token: string }>();
  const status = useComplaintStatus(asked);
  const receipts = savedReceipts();

  const ask = (number: string, queryToken: string) => {
    setTrackingNumber(number);
    setToken(queryToken);
    if (number.trim() && queryToken.trim())
      setAsked({ trackingNumber: number.trim(), token: queryToken.trim() });
  };

  return (
    <MobilePage title="查询办理进度">
      <Card className="m-section">
        <Form
          layout="vertical"
          onFinish={() => ask(trackingNumber, token)}
          footer={
            <QueryButton
              disabled={!trackingNumber.trim() || !token.trim()}
              loading={status.isFetching}
            >
              查询
            </QueryButton>
          }
        >
          <Labelled id="track-number" label="受理编号">
            <Input
              id="track-number"
              value={trackingNumber}
              onChange={setTrackingNumber}
              placeholder="TS 开头的编号"
              clearable
            />
          </Labelled>
          <Labelled id="track-token" label="查询码">
            <Input id="track-token" value={token} onChange={setToken} clearable />
          </Labelled>
        </Form>
      </Card>
      {status.isError && (
        <ErrorBlock
          status="empty"
          title="没有查到"
          description={errorMessage(status.error) + '（请核对受理编号和查询码）'}
        />
      )}
      {status.data && asked && <StatusView view={status.data} token={asked.token} />}
      {receipts.length > 0 && (
        <List header="我的提交" className="m-section">
          {receipts.map((receipt) => (
            <List.Item
              key={receipt.trackingNumber}
              description={`${receipt.trackingNumber}${receipt.targetName ? ` · ${receipt.targetName}` : ''}`}
              onClick={
                receipt.queryToken
                  ? () => ask(receipt.trackingNumber, receipt.queryToken!)
                  : undefined
              }
            >
              {receipt.title}
            </List.Item>
          ))}
        </List>
      )}
    </MobilePage>
  );
}
