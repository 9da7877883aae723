import type {
  AccountabilityMeasure,
  ForwardTarget,
  IncidentAlert,
  IncidentEventKind,
  IncidentGrade,
  IncidentKind,
  IncidentStatus,
} from '../api/types';

/** 事件 (Art 23, 29, 33): the words of the incident register. */
export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  HARMFUL_CONTENT: '有害信息',
  ACCOUNT_COMPROMISE: '账号被盗用',
  DATA_LEAK: '泄露个人信息或秘密',
  PUBLIC_OPINION: '舆情',
  EMERGENCY: '突发事件',
  PLATFORM_OUTAGE: '平台故障',
  COUNTERFEIT_FOUND: '发现假冒账号',
};

export const INCIDENT_GRADE_LABELS: Record<IncidentGrade, string> = {
  ESPECIALLY_MAJOR: '特别重大',
  MAJOR: '重大',
  SERIOUS: '较大',
  GENERAL: '一般',
};

export const INCIDENT_GRADE_COLORS: Record<IncidentGrade, string> = {
  ESPECIALLY_MAJOR: 'magenta',
  MAJOR: 'red',
  SERIOUS: 'orange',
  GENERAL: 'blue',
};

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  OPEN: '待报告',
  ESCALATED: '已报告主管单位',
  CLOSED: '已办结',
};

export const INCIDENT_ALERT_LABELS: Record<IncidentAlert, string> = {
  REPORT_OVERDUE: '超时未报告',
  AWAITING_ACKNOWLEDGEMENT: '待主管单位签收',
  TAKEDOWN_OVERDUE: '超时未删除',
  RESPONSE_OVERDUE: '超时未回应',
  UPDATE_OVERDUE: '滚动发布超时',
};

export const INCIDENT_STEP_LABELS: Record<IncidentEventKind, string> = {
  DISCOVERED: '发现',
  GRADED: '调整级别',
  ESCALATED: '报告主管单位',
  ACKNOWLEDGED: '主管单位签收',
  FORWARDED: '转交',
  TAKEN_DOWN: '删除有害信息',
  TICKET_LINKED: '关联回应稿件',
  PROGRESS: '处置进展',
  CLOSED: '办结',
};

export const FORWARD_TARGET_LABELS: Record<ForwardTarget, string> = {
  CYBERSPACE: '网信部门',
  POLICE: '公安机关',
  PROPAGANDA: '宣传部门',
};

export const ACCOUNTABILITY_MEASURE_LABELS: Record<AccountabilityMeasure, string> = {
  INTERVIEW: '约谈',
  CRITICISM: '通报批评',
  ADMONISHMENT: '诫勉',
  DISCIPLINARY: '处分',
  OTHER: '其他',
};
