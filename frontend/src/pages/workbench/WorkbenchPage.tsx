import { Badge, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { todayInShanghai } from '../../utils/dates';
import { workingDaysLeft, type YearCalendar } from '../../utils/workingDays';
import { useCalendarYear } from '../calendar/queries';
import { useWaiting } from './queries';
import { RecentActivityCard } from './RecentActivityCard';
import { tilesFor, type Tile, type WaitingItem } from './tiles';

function DueTag({ due, calendar }: { due?: string; calendar?: YearCalendar }) {
  if (!due) return null;
  const day = due.slice(0, 10);
  const left = workingDaysLeft(todayInShanghai(), day, calendar);
  if (left < 0) return <Tag color="error">{day} 已超期</Tag>;
  if (left === 0) return <Tag color="warning">{day} 今日到期</Tag>;
  return (
    <Tag color={left <= 1 ? 'warning' : 'default'}>{`${day} 截止，还剩 ${left} 个工作日`}</Tag>
  );
}

function TileCard({
  tile,
  total,
  items,
  loading,
  calendar,
}: {
  tile: Tile;
  total?: number;
  items: WaitingItem[];
  loading: boolean;
  calendar?: YearCalendar;
}) {
  return (
    <Card
      size="small"
      loading={loading}
      data-testid={`tile-${tile.key}`}
      title={
        <Space>
          <Link to={tile.more}>{tile.title}</Link>
          <Badge
            count={total ?? 0}
            showZero
            overflowCount={999}
            color={total ? undefined : '#d9d9d9'}
          />
        </Space>
      }
      extra={<Link to={tile.more}>全部</Link>}
    >
      {items.length ? (
        // plain markup, not antd's List: that brings pagination and its select onto the first page's load
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item) => (
            <li
              key={item.id}
              className="workbench-item"
              style={{
                display: 'flex',
                gap: 8,
                padding: '8px 0',
                borderBottom: '1px solid #f0f0f0',
              }}
            >
              <div style={{ flex: 1, minWidth: 0 }}>
                <Link to={item.href}>{item.title || '（无标题）'}</Link>
                {item.detail && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {item.detail}
                  </Typography.Text>
                )}
              </div>
              <DueTag due={item.due} calendar={calendar} />
            </li>
          ))}
        </ul>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tile.empty} />
      )}
    </Card>
  );
}

/** 工作台 (home of every role): what waits for me, with counts and due dates in working days. */
export function WorkbenchPage() {
  const user = useCurrentUser();
  const tiles = tilesFor(user.roles);
  const waiting = useWaiting(tiles);
  const calendar = useCalendarYear(Number(todayInShanghai().slice(0, 4))).data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="workbench">
      <Typography.Title level={4} style={{ margin: 0 }}>
        工作台
      </Typography.Title>
      {tiles.length ? (
        <Row gutter={[16, 16]}>
          {tiles.map((tile, index) => (
            <Col key={tile.key} xs={24} xl={12}>
              <TileCard
                tile={tile}
                total={waiting[index].data?.totalItems}
                items={(waiting[index].data?.items ?? []).map(tile.item)}
                loading={waiting[index].isPending}
                calendar={calendar}
              />
            </Col>
          ))}
        </Row>
      ) : (
        <Card>
          <Empty description="您的角色没有待办事项，可从左侧菜单查阅各项工作。" />
        </Card>
      )}
      <RecentActivityCard />
    </Space>
  );
}
