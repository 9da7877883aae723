import { EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/http';
import type { CalendarDay, CalendarYear } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { formatTime, todayInShanghai, toIsoDate } from '../../utils/dates';

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

interface EditorValues {
  source?: string;
  holidays?: { date?: Dayjs | null; name?: string }[];
  makeUpWorkdays?: { date?: Dayjs | null; name?: string }[];
}

function DayList({
  name,
  label,
  addText,
}: {
  name: 'holidays' | 'makeUpWorkdays';
  label: string;
  addText: string;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          <Typography.Text strong>{label}</Typography.Text>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item
                name={[field.name, 'date']}
                rules={[{ required: true, message: '请选择日期' }]}
              >
                <DatePicker />
              </Form.Item>
              <Form.Item
                name={[field.name, 'name']}
                rules={[
                  { required: true, whitespace: true, message: '请填写名称' },
                  { max: 50, message: '不能超过 50 个字符' },
                ]}
              >
                <Input placeholder="如 春节" style={{ width: 200 }} />
              </Form.Item>
              <MinusCircleOutlined aria-label="删除" onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Form.Item>
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {addText}
            </Button>
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}

function CalendarEditor({
  year,
  data,
  onClose,
}: {
  year: number;
  data?: CalendarYear;
  onClose: () => void;
}) {
  const [form] = Form.useForm<EditorValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const toRows = (days: CalendarDay[] | undefined) =>
    (days ?? []).map((day) => ({ date: dayjs(day.date), name: day.name }));
  const toDays = (rows: EditorValues['holidays']) =>
    (rows ?? []).map((row) => ({ date: toIsoDate(row.date) ?? '', name: row.name?.trim() ?? '' }));
  const mutation = useMutation({
    mutationFn: (values: EditorValues) =>
      unwrap(
        api.PUT('/api/v1/calendar/{year}', {
          params: { path: { year } },
          body: {
            source: values.source?.trim() ?? '',
            holidays: toDays(values.holidays),
            makeUpWorkdays: toDays(values.makeUpWorkdays),
          },
        }),
      ),
    onSuccess: async () => {
      void message.success(`${year} 年节假日安排已保存`);
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
      onClose();
    },
  });
  // a notice may reach back into the December before its year
  const inYear = (rows: EditorValues['holidays']) =>
    (rows ?? []).every(
      (row) =>
        !row.date ||
        row.date.year() === year ||
        (row.date.year() === year - 1 && row.date.month() === 11),
    );
  return (
    <Modal
      open
      width={640}
      title={`录入或更正 ${year} 年节假日安排`}
      okText="保存"
      cancelText="取消"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<EditorValues>
        form={form}
        name="calendar-editor"
        layout="vertical"
        initialValues={{
          source: data?.source ?? '',
          holidays: toRows(data?.holidays),
          makeUpWorkdays: toRows(data?.makeUpWorkdays),
        }}
        onFinish={(values) => {
          if (!inYear(values.holidays) || !inYear(values.makeUpWorkdays)) {
            void message.error(`日期须在 ${year} 年内（或上一年 12 月）`);
            return;
          }
          mutation.mutate(values);
        }}
      >
        <Form.Item
          name="source"
          label="依据"
          rules={[
            { required: true, whitespace: true, message: '请填写依据（国务院办公厅通知文号）' },
            { max: 200, message: '不能超过 200 个字符' },
          ]}
        >
          <Input placeholder="如 国办发明电〔2025〕7号" />
        </Form.Item>
        <DayList name="holidays" label="放假日期（含周末）" addText="添加放假日期" />
        <DayList name="makeUpWorkdays" label="调休上班日期" addText="添加调休上班日期" />
      </Form>
    </Modal>
  );
}

/** 工作日历: the State Council holiday notices that working-day deadlines are counted with. */
export function CalendarPage() {
  const { access } = useCurrentUser();
  const [year, setYear] = useState(() => Number(todayInShanghai().slice(0, 4)));
  const [editing, setEditing] = useState(false);
  const calendar = useQuery({
    queryKey: ['calendar', 'year', year],
    queryFn: () => unwrap(api.GET('/api/v1/calendar/{year}', { params: { path: { year } } })),
  });
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
                {data.updatedBy && `（${data.updatedBy} 更新于 ${formatTime(data.updatedAt)}）`}
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
