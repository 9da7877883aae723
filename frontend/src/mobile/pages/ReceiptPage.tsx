import { Button, Card, List, NoticeBar, Result, Toast } from 'antd-mobile';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { SubmissionReceipt } from '../api';
import { MobilePage } from '../MobilePage';
import { savedReceipt } from '../storage';

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    Toast.show({ content: `${what}已复制`, icon: 'success' });
  } catch {
    Toast.show({ content: `无法复制，请长按${what}手动复制` });
  }
}

/** 回执: the tracking number and the query token (shown once), kept on this phone under 我的提交. */
export function ReceiptPage() {
  const navigate = useNavigate();
  const { trackingNumber = '' } = useParams();
  const location = useLocation();
  const fresh = (location.state as { receipt?: SubmissionReceipt } | null)?.receipt;
  const saved = savedReceipt(trackingNumber);
  const token = fresh?.queryToken ?? saved?.queryToken;
  const replyDueOn = fresh?.replyDueOn ?? saved?.replyDueOn;

  return (
    <MobilePage title="提交回执" back>
      <Result
        status="success"
        title={fresh?.duplicate ? '您已提交过相同内容' : '提交成功'}
        description={fresh?.message ?? '请保存受理编号和查询码，凭它们查询办理进度。'}
      />
      {fresh?.queryToken && (
        <NoticeBar
          className="m-section"
          color="alert"
          wrap
          content="查询码只显示这一次，已保存在本机“我的提交”中；换手机或清除浏览器数据后将无法找回，请复制保存。"
        />
      )}
      <Card className="m-section">
        <List>
          <List.Item
            description={
              <span className="m-token" data-testid="tracking-number">
                {trackingNumber}
              </span>
            }
            extra={
              <Button size="middle" onClick={() => void copy(trackingNumber, '受理编号')}>
                复制编号
              </Button>
            }
          >
            受理编号
          </List.Item>
          {token && (
            <List.Item
              description={
                <span className="m-token" data-testid="query-token">
                  {token}
                </span>
              }
              extra={
                <Button size="middle" onClick={() => void copy(token, '查询码')}>
                  复制查询码
                </Button>
              }
            >
              查询码
            </List.Item>
          )}
          {replyDueOn && <List.Item extra={replyDueOn}>答复期限</List.Item>}
        </List>
      </Card>
      <Button
        block
        color="primary"
        size="large"
        className="m-big-button"
        onClick={() => void navigate(`/track?n=${encodeURIComponent(trackingNumber)}`)}
      >
        查询办理进度
      </Button>
    </MobilePage>
  );
}
