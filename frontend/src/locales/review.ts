import type {
  Classification,
  ContentFindingType,
  ContentOrigin,
  FindingSeverity,
  TicketStatus,
} from '../api/types';

/** The words of review tickets and content checks (Art 17–21). */
export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  GENERAL: '一般',
  IMPORTANT: '重要',
  MAJOR: '重大敏感',
};

export const CLASSIFICATION_COLORS: Record<Classification, string> = {
  GENERAL: 'default',
  IMPORTANT: 'orange',
  MAJOR: 'red',
};

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  IN_REVIEW: '审核中',
  APPROVED: '已签发',
  PUBLISHED: '已发布',
  RETURNED: '已退回',
  REJECTED: '不予发布',
  WITHDRAWN: '已撤回',
};

export const TICKET_STATUS_COLORS: Record<TicketStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  IN_REVIEW: 'processing',
  APPROVED: 'success',
  PUBLISHED: 'green',
  RETURNED: 'warning',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

export const ORIGIN_LABELS: Record<ContentOrigin, string> = {
  ORIGINAL: '原创',
  REPOST: '转载',
};

export const SEVERITY_LABELS: Record<FindingSeverity, string> = {
  BLOCKER: '必须修改',
  WARNING: '提示',
  INFO: '参考',
};

export const SEVERITY_COLORS: Record<FindingSeverity, string> = {
  BLOCKER: 'red',
  WARNING: 'orange',
  INFO: 'blue',
};

export const CONTENT_FINDING_TYPE_LABELS: Record<ContentFindingType, string> = {
  BANNED_WORD: '禁用词',
  SENSITIVE_WORD: '敏感词',
  WORDING_ERROR: '表述错误',
  ADVERTISING: '广告内容',
  COMMERCIAL_LINK: '商业链接',
  PERSONAL_OPINION: '个人观点',
  PERSONAL_DATA: '个人信息',
  SENSITIVE_TOPIC: '敏感话题',
  REPOST_SOURCE: '转载来源',
  POSSIBLE_SECRET: '可能涉密',
};

export const REVIEW_DECISION_LABELS: Record<string, string> = {
  APPROVE: '通过',
  RETURN: '退回',
  REJECT: '不予发布',
};

/** Looks a code up in a label table, falling back to the code itself. */
