import { Card, ErrorBlock, List, Skeleton, Tabs, Tag } from 'antd-mobile';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DetailHeading, DetailLoading } from './detail';
import { BASIS_TYPE_LABELS, PLATFORM_LABELS } from '../../locales/zh-CN';
import { errorMessage } from '../api';
import { MobilePage } from '../MobilePage';
import { useClosureAnnouncements, useSupervisionNotice, useSupervisionNotices } from '../queries';

const TYPE_LABELS: Record<string, string> = {
  OPEN: '开设',
  CHANGE: '变更',
  CLOSE: '关停',
  CANCEL: '注销',
};

function day(value: string): string {
  return new Date(value).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
}

function Closures() {
  const closures = useClosureAnnouncements();
  if (closures.isError)
    return <ErrorBlock status="default" description={errorMessage(closures.error)} />;
  if (closures.isLoading) return <Skeleton.Paragraph lineCount={5} animated />;
  const items = closures.data ?? [];
  if (items.length === 0)
    return <ErrorBlock status="empty" title="暂无关停、注销公告" description="" />;
  return (
    <List>
      {items.map((item) => (
        <List.Item
          key={item.id}
          prefix={<Tag color="warning">{TYPE_LABELS[item.type] ?? item.type}</Tag>}
          description={
            <>
              <div>主办单位：{item.hostOrganizationName}</div>
              <div>
                公告期：{item.announcementStartsOn} 至 {item.announcementEndsOn}
              </div>
              <div>
                依据：{BASIS_TYPE_LABELS[item.basisType] ?? item.basisType}
                {item.basisDocumentNumber ? `（${item.basisDocumentNumber}）` : ''}
              </div>
            </>
          }
        >
          {item.accountName} · {PLATFORM_LABELS[item.platform]}
        </List.Item>
      ))}
    </List>
  );
}

function SupervisionNotices() {
  const navigate = useNavigate();
  const notices = useSupervisionNotices();
  if (notices.isError)
    return <ErrorBlock status="default" description={errorMessage(notices.error)} />;
  if (notices.isLoading) return <Skeleton.Paragraph lineCount={5} animated />;
  const items = notices.data ?? [];
  if (items.length === 0) return <ErrorBlock status="empty" title="暂无监管通报" description="" />;
  return (
    <List>
      {items.map((item) => (
        <List.Item
          key={item.id}
          onClick={() => void navigate(`/notices/supervision/${item.id}`)}
          description={`${item.organizationName} · ${day(item.releasedAt)}`}
        >
          {item.title}
        </List.Item>
      ))}
    </List>
  );
}

/** 公告: closure announcements of accounts, and the released supervision notices. */
export function NoticesPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'supervision' ? 'supervision' : 'closures';
  return (
    <MobilePage title="公告">
      <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key }, { replace: true })}>
        <Tabs.Tab title="关停注销公告" key="closures">
          <Closures />
        </Tabs.Tab>
        <Tabs.Tab title="监管通报" key="supervision">
          <SupervisionNotices />
        </Tabs.Tab>
      </Tabs>
    </MobilePage>
  );
}

export function NoticeDetailPage() {
  const id = Number(useParams().id);
  const notice = useSupervisionNotice(id);
  const item = notice.data;
  return (
    <MobilePage title="监管通报" back>
      <DetailLoading query={notice} />
      {item && (
        <article>
          <DetailHeading title={item.title}>
            {item.organizationName} · {item.period} · {day(item.releasedAt)}
          </DetailHeading>
          {item.spotCheck && (
            <>
              <Card className="m-section" title="抽查情况">
                <List>
                  <List.Item extra={item.spotCheck.population}>在运行账号</List.Item>
                  <List.Item extra={`${item.spotCheck.samplePercent}%`}>抽查比例</List.Item>
                  <List.Item extra={item.spotCheck.passed}>合格</List.Item>
                  <List.Item extra={item.spotCheck.failed}>不合格</List.Item>
                </List>
              </Card>
              {item.spotCheck.problems.length > 0 && (
                <List header="发现的问题" className="m-section">
                  {item.spotCheck.problems.map((problem, index) => (
                    <List.Item
                      key={index}
                      description={`${problem.hostOrganizationName} · 整改期限 ${problem.rectificationDeadline}`}
                      extra={problem.veto ? <Tag color="danger">单项否决</Tag> : undefined}
                    >
                      {problem.accountName}：{problem.itemName}
                    </List.Item>
                  ))}
                </List>
              )}
            </>
          )}
          {item.assessment && (
            <>
              <List header={`${item.assessment.year} 年度考核结果`} className="m-section">
                {item.assessment.results.map((result) => (
                  <List.Item
                    key={result.organizationName}
                    prefix={<span>{result.rank}</span>}
                    extra={result.vetoed ? <Tag color="danger">否决</Tag> : `${result.score} 分`}
                  >
                    {result.organizationName}
                  </List.Item>
                ))}
              </List>
              {item.assessment.commendations.length > 0 && (
                <List header="通报表扬" className="m-section">
                  {item.assessment.commendations.map((commendation) => (
                    <List.Item
                      key={commendation.organizationName}
                      description={commendation.reason}
                    >
                      {commendation.organizationName}
                    </List.Item>
                  ))}
                </List>
              )}
            </>
          )}
        </article>
      )}
    </MobilePage>
  );
}
