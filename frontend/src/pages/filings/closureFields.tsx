import { Alert, DatePicker, Form, Input, Radio, Space, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { FilingType, WorkingDayResult } from '../../api/types';
import { BASIS_TYPE_LABELS, FILING_TYPE_LABELS, labelOf, optionsOf } from '../../locales/zh-CN';
import type { ClosureRuleInput } from './rules';
import { ANNOUNCEMENT_WORKING_DAYS } from './rules';

/** Basis and announcement period of a CLOSE or CANCEL filing (Art 16), with the earliest allowed end date. */
export function ClosureFields({
  type,
  closureRule,
  earliestEnd,
  startIso,
  calculation,
  calculating,
}: {
  type: FilingType;
  closureRule: (field: keyof ClosureRuleInput) => Rule;
  earliestEnd: string | undefined;
  startIso: string | undefined;
  calculation: WorkingDayResult | undefined;
  calculating: boolean;
}) {
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`${labelOf(FILING_TYPE_LABELS, type)}须经集体决策或主要领导批准，并提前公告不少于 ${ANNOUNCEMENT_WORKING_DAYS} 个工作日（《办法》第十六条）`}
      />
      <Form.Item name="basisType" label="依据" rules={[closureRule('basisType')]} required>
        <Radio.Group
          options={optionsOf(BASIS_TYPE_LABELS).filter((o) => o.value !== 'ORDERED_BY_AUTHORITY')}
        />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item
          name="documentNumber"
          label="文号"
          rules={[closureRule('documentNumber')]}
          required
        >
          <Input
            maxLength={100}
            showCount
            style={{ width: 280 }}
            placeholder="如 崇教体〔2026〕12号"
          />
        </Form.Item>
        <Form.Item name="decidedOn" label="决定日期" rules={[closureRule('decidedOn')]} required>
          <DatePicker />
        </Form.Item>
      </Space>
      <Space size="large" wrap align="start">
        <Form.Item
          name="announcementStartsOn"
          label="公告开始日期"
          rules={[closureRule('announcementStartsOn')]}
          required
        >
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="announcementEndsOn"
          label="公告结束日期"
          rules={[closureRule('announcementEndsOn')]}
          dependencies={['announcementStartsOn']}
          required
          extra={
            earliestEnd ? (
              <span data-testid="earliest-end">
                最早可于 {earliestEnd} 结束（{ANNOUNCEMENT_WORKING_DAYS} 个工作日）
                {calculation && !calculation.calendarComplete && (
                  <Typography.Text type="warning">，{calculation.note}</Typography.Text>
                )}
              </span>
            ) : startIso && calculating ? (
              '正在计算最早结束日期…'
            ) : (
              '先选择开始日期'
            )
          }
        >
          <DatePicker />
        </Form.Item>
      </Space>
    </>
  );
}
