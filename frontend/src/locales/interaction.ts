import type {
  ComplaintKind,
  ComplaintStatus,
  ModerationStatus,
  RebuttalStatus,
  RebuttalVerdict,
} from '../api/types';

/** Labels of 互动 (public interaction), 假冒账号 and 辟谣 (zh-CN.ts is at its size limit). */
export const COMPLAINT_KIND_LABELS: Record<ComplaintKind, string> = {
  MESSAGE: '留言',
  CONSULTATION: '咨询',
  COMPLAINT: '投诉',
  SUGGESTION: '建议',
  ERROR_REPORT: '纠错',
  COUNTERFEIT_REPORT: '假冒举报',
};

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  RECEIVED: '待办理',
  FORWARDED: '已转办',
  ANSWERED: '已答复',
  CLOSED: '已办结',
};

export const COMPLAINT_STATUS_COLORS: Record<ComplaintStatus, string> = {
  RECEIVED: 'processing',
  FORWARDED: 'purple',
  ANSWERED: 'success',
  CLOSED: 'default',
};

export const MODERATION_LABELS: Record<ModerationStatus, string> = {
  PENDING: '待审核',
  PUBLISHED: '已公开',
  HIDDEN: '已隐藏',
};

export const MODERATION_COLORS: Record<ModerationStatus, string> = {
  PENDING: 'gold',
  PUBLISHED: 'green',
  HIDDEN: 'default',
};

/** The steps of a submission's timeline (audit actions). */
export const COMPLAINT_ACTION_LABELS: Record<string, string> = {
  SUBMIT: '提交',
  CREATE: '提交',
  PUBLISH: '审核公开',
  HIDE: '审核隐藏',
  FORWARD: '转送办理',
  REPLY: '答复',
  CLOSE: '办结',
  REOPEN: '重新办理',
  READ_CONTACT: '查看联系方式',
  PROMOTE_TO_FAQ: '加入答问库',
  COUNTERFEIT_VERDICT: '核查结论',
  CONFIRMED_FAKE: '认定假冒',
  NOT_FAKE: '认定非假冒',
};

export const INVESTIGATION_STATUS_LABELS: Record<string, string> = {
  VERIFYING: '核查中',
  CONFIRMED_FAKE: '确认假冒',
  NOT_FAKE: '非假冒',
};

export const INVESTIGATION_STATUS_COLORS: Record<string, string> = {
  VERIFYING: 'processing',
  CONFIRMED_FAKE: 'red',
  NOT_FAKE: 'default',
};

export const COUNTERFEIT_SOURCE_LABELS: Record<string, string> = {
  PUBLIC_REPORT: '群众举报',
  STAFF: '工作人员发现',
};

export const REFERRAL_AGENCY_LABELS: Record<string, string> = {
  CYBERSPACE_ADMINISTRATION: '网信部门',
  PUBLIC_SECURITY: '公安机关',
  OTHER: '其他部门',
};

export const COUNTERFEIT_VERDICT_LABELS: Record<string, string> = {
  CONFIRMED_FAKE: '确认假冒',
  NOT_FAKE: '非假冒',
};

export const REBUTTAL_STATUS_LABELS: Record<RebuttalStatus, string> = {
  DRAFT: '草稿',
  IN_REVIEW: '审核中',
  PUBLISHED: '已发布',
  REJECTED: '未通过',
};

export const REBUTTAL_STATUS_COLORS: Record<RebuttalStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  PUBLISHED: 'green',
  REJECTED: 'error',
};

export const REBUTTAL_VERDICT_LABELS: Record<RebuttalVerdict, string> = {
  FALSE: '谣言',
  MISLEADING: '失实',
  UNPROVEN: '未经证实',
};
