import { EditOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  InputNumber,
  Row,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/http';
import type { CalendarDay } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { formatTime, todayInShanghai, toIsoDate } from '../../utils/dates';
import { CalendarEditor } from './editor';
import { useCalendarYear } from './queries';
import { PersonName } from '../../components/PersonName';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

function DayTable({ title, days }: { title: string; days: CalendarDay[] }) {
  return (
    <section aria-label={title}>
      <Table<CalendarDay>
        size="small"
        title={() => <Typography.Text strong>{title}</Typography.Text>}
        rowKey="date"
        dataSource={days}
        pagination={false}
        locale={{ emptyText: '无' }}
        columns={[
          {
            title: '日期',
            dataIndex: 'date',
            render: (date: string) => `${date}（${WEEKDAYS[dayjs(date).day()]}）`,
          },
          { title: '名称', dataIndex: 'name' },
        ]}
      />
    </section>
  );
}

function WorkingDayCalculator() {
  const [from, setFrom] = useState<Dayjs | null>(dayjs(todayInShanghai()));
  const [days, setDays] = useState<number | null>(3);
  const calculation = useMutation({
    mutationFn: () =>
      unwrap(
        api.GET('/api/v1/calendar/working-days', {
          params: { query: { from: toIsoDate(from) ?? '', days: days ?? 0 } },
        }),
      ),
  });
  return (
    <Card size="small" title="工作日计算">
      <Space wrap>
        <DatePicker aria-label="起始日期" value={from} onChange={setFrom} allowClear={false} />
        <span>后第</span>
        <InputNumber
          aria-label="工作日数"
          min={1}
          max={365}
          precision={0}
          value={days}
          onChange={setDays}
        />
        <span>个工作日</span>
        <Button
          type="primary"
          disabled={!from || !days}
          loading={calculation.isPending}
          onClick={() => calculation.mutate()}
        >
          计算
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        从起始日期的下一个工作日开始计数（如省级备案期限 3 个工作日、存量账号 20 个工作日、关停公告
        15 个工作日）。
      </Typography.Paragraph>
      {calculation.data && (
        <Alert
          style={{ marginTop: 12 }}
          type={calculation.data.calendarComplete ? 'success' : 'warning'}
          showIcon
          data-testid="working-day-result"
          title={`${calculation.data.from} 后第 ${calculation.data.days} 个工作日为 ${calculation.data.date}（${WEEKDAYS[dayjs(calculation.data.date).day()]}）`}
          description={calculation.data.note}
        />
      )}
    </Card>
  );
}

/** 工作日历: the State Council holiday notices that working-day deadlines are counted with. */
export function CalendarPage() {
  const { access } = useCurrentUser();
  const [year, setYear] = useState(() => Number(todayInShanghai().slice(0, 4)));
  const [editing, setEditing] = useState(false);
  const calendar = useCalendarYear(year);
  const data = calendar.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title="工作日历"
        loading={calendar.isLoading}
        extra={
          <Space>
            <DatePicker
              picker="year"
              aria-label="年份"
              allowClear={false}
              value={dayjs(`${year}-01-01`)}
              onChange={(value) => value && setYear(value.year())}
            />
            {access.canManageCalendar && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                录入 / 更正
              </Button>
            )}
          </Space>
        }
      >
        {data && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {data.known ? (
              <Typography.Text type="secondary">
                依据：{data.source ?? '—'}
                {data.updatedBy && (
                  <>
                    （<PersonName username={data.updatedBy} /> 更新于 {formatTime(data.updatedAt)}）
                  </>
                )}
              </Typography.Text>
            ) : (
              <Alert
                type="warning"
                showIcon
                data-testid="calendar-unknown"
                title={`${year} 年尚未录入节假日安排，按周一至周五计算工作日`}
              />
            )}
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <DayTable title={`${year} 年放假日期`} days={data.holidays} />
              </Col>
              <Col xs={24} md={12}>
                <DayTable title={`${year} 年调休上班日期`} days={data.makeUpWorkdays} />
              </Col>
            </Row>
          </Space>
        )}
      </Card>
      <WorkingDayCalculator />
      {editing && <CalendarEditor year={year} data={data} onClose={() => setEditing(false)} />}
    </Space>
  );
}
