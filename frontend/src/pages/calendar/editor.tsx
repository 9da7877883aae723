import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/http';
import type { CalendarDay, CalendarYear } from '../../api/types';
import { toIsoDate } from '../../utils/dates';

interface EditorValues {
  source?: string;
  holidays?: { date?: Dayjs | null; name?: string }[];
  makeUpWorkdays?: { date?: Dayjs | null; name?: string }[];
}

export function DayList({
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

export function CalendarEditor({
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
