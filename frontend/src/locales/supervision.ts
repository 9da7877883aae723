import type { CommendationKind, ActivityFlag, MeasureType } from '../api/types';

/** Labels of 监管考核: activity rules (Art 19), spot checks and assessment (Art 32–33), measures (Art 34). */
export const ACTIVITY_FLAG_LABELS: Record<ActivityFlag, string> = {
  WEEKLY_UPDATE_MISSED: '每周更新不足',
  ORIGINAL_MISSED: '两周无原创',
  NO_UPDATE_TWO_WEEKS: '两周未更新（否决）',
  DORMANT_CANDIDATE: '三个月未更新（僵尸）',
  POOR_INTERACTION: '互动回应差（否决）',
};

/** National veto items among the flags: shown in red. */
export const VETO_FLAGS: readonly ActivityFlag[] = ['NO_UPDATE_TWO_WEEKS', 'POOR_INTERACTION'];

export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  INTERVIEW: '约谈',
  WARNING: '警告',
  NOTICE: '通报',
  ORDERED_CLOSURE: '责令关闭',
};

export const MEASURE_TYPE_COLORS: Record<MeasureType, string> = {
  INTERVIEW: 'blue',
  WARNING: 'orange',
  NOTICE: 'purple',
  ORDERED_CLOSURE: 'red',
};

export const SPOT_CHECK_STATUS_LABELS: Record<string, string> = {
  OPEN: '检查中',
  CLOSED: '已结束',
  WITHDRAWN: '已撤回',
};

export const SPOT_CHECK_RESULT_LABELS: Record<string, string> = {
  PASS: '合格',
  FAIL: '不合格',
};

export const ITEM_KIND_LABELS: Record<string, string> = {
  VETO: '单项否决',
  SCORED: '扣分项',
};

export const JOB_STATUS_LABELS: Record<string, string> = {
  QUEUED: '排队中',
  RUNNING: '进行中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
};

/** The lines of the overview's weekly trend (fields of WeekTrend). */
export const OVERVIEW_SERIES_LABELS = {
  accounts: '正常运行账号',
  silent: '一周未更新',
  dormant: '三个月未更新',
  vetoed: '触发否决项',
} as const;

/** What an assessment item counts (Item.source). */
export const ASSESSMENT_SOURCE_LABELS: Record<string, string> = {
  SILENT_ACCOUNTS: '一周未更新的账号',
  MISSED_WEEKS: '未更新的自然周（每账号每周计一次）',
  MISSED_FORTNIGHTS: '未发布原创的两周（每账号每两周计一次）',
  DORMANT_ACCOUNTS: '三个月未更新的账号',
  OVERDUE_REPLIES: '超期答复的留言',
  SPOT_CHECK_FINDINGS: '季度抽查发现的问题',
  MEASURES: '处理措施',
  SPOT_CHECK_VETO: '市级抽查单项否决',
  PROVINCIAL_VETO: '国家或省级检查单项否决',
  SECURITY_INCIDENT: '安全事件单项否决',
};

export const COMMENDATION_KIND_LABELS: Record<CommendationKind, string> = {
  UNIT: '单位',
  PERSON: '个人',
};

/** Art 32.8: who found a finding entered by the city office. */
export const EXTERNAL_FINDING_SOURCE_LABELS: Record<'NATIONAL' | 'PROVINCIAL', string> = {
  NATIONAL: '国家检查',
  PROVINCIAL: '省级检查',
};
