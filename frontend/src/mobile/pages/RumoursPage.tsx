import { Card, ErrorBlock, InfiniteScroll, List, Skeleton, Tag } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router';
import { DetailHeading, DetailLoading } from './detail';
import { PLATFORM_LABELS } from '../../locales/zh-CN';
import { errorMessage, type Platform, type PublicRebuttal } from '../api';
import { MobilePage } from '../MobilePage';
import { useRebuttal, useRebuttalFeed } from '../queries';

function day(value: string): string {
  return new Date(value).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
}

/** 辟谣: the published rebuttals, newest first, loaded as the citizen scrolls. */
export function RumoursPage() {
  const navigate = useNavigate();
  const feed = useRebuttalFeed();
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <MobilePage title="辟谣">
      {feed.isError && <ErrorBlock status="default" description={errorMessage(feed.error)} />}
      {feed.isLoading && <Skeleton.Paragraph lineCount={6} animated />}
      {feed.isSuccess && items.length === 0 && (
        <ErrorBlock status="empty" title="暂无辟谣信息" description="" />
      )}
      {items.length > 0 && (
        <List>
          {items.map((item) => (
            <List.Item
              key={item.id}
              onClick={() => void navigate(`/rumours/${item.id}`)}
              description={`${item.organizationName} · ${day(item.publishedAt)}`}
              prefix={<Tag color="danger">{item.verdictName}</Tag>}
            >
              {item.title}
            </List.Item>
          ))}
        </List>
      )}
      {feed.isSuccess && (
        <InfiniteScroll
          hasMore={feed.hasNextPage}
          loadMore={async () => {
            await feed.fetchNextPage();
          }}
        >
          {feed.hasNextPage ? '加载中…' : items.length > 0 ? '没有更多了' : ''}
        </InfiniteScroll>
      )}
    </MobilePage>
  );
}

export function RumourDetailPage() {
  const id = Number(useParams().id);
  const rebuttal = useRebuttal(id);
  const item = rebuttal.data as PublicRebuttal | undefined;
  return (
    <MobilePage title="辟谣详情" back>
      <DetailLoading query={rebuttal} />
      {item && (
        <article>
          <DetailHeading title={item.title}>
            {item.organizationName} · {item.accountName}（
            {PLATFORM_LABELS[item.platform as Platform] ?? item.platform}）· {day(item.publishedAt)}
          </DetailHeading>
          <Card
            className="m-section"
            title={
              <span>
                谣言 <Tag color="danger">{item.verdictName}</Tag>
              </span>
            }
          >
            <div className="m-pre">{item.rumour}</div>
          </Card>
          <Card className="m-section" title="真相">
            {/* rich text, sanitized by the API */}
            <div className="m-pre" dangerouslySetInnerHTML={{ __html: item.truth }} />
          </Card>
          {item.evidence && (
            <Card className="m-section" title="依据">
              <div className="m-pre">{item.evidence}</div>
            </Card>
          )}
          <Card className="m-section">
            <a href={item.url} target="_blank" rel="noreferrer noopener">
              查看原文
            </a>
          </Card>
        </article>
      )}
    </MobilePage>
  );
}
