import type {
  DueState,
  SecurityCheckArea,
  SecurityDeviceKind,
  SecurityDeviceStatus,
  SecurityDocumentKind,
} from '../api/types';

/** Labels of 安全台账 (Art 27.1, 27.3, 29.1). */
export const SECURITY_DOCUMENT_KIND_LABELS: Record<SecurityDocumentKind, string> = {
  SECURITY_RULES: '安全管理制度',
  CONFIDENTIALITY_REVIEW_RULES: '保密审查制度',
  EMERGENCY_PLAN: '应急预案',
};

export const DUE_STATE_LABELS: Record<DueState, string> = {
  CURRENT: '正常',
  DUE_SOON: '即将到期',
  OVERDUE: '已逾期',
};

export const DUE_STATE_COLORS: Record<DueState, string> = {
  CURRENT: 'green',
  DUE_SOON: 'orange',
  OVERDUE: 'red',
};

export const DEVICE_KIND_LABELS: Record<SecurityDeviceKind, string> = {
  COMPUTER: '计算机',
  MOBILE_PHONE: '手机',
  TABLET: '平板',
  OTHER: '其他',
};

export const DEVICE_STATUS_LABELS: Record<SecurityDeviceStatus, string> = {
  IN_USE: '在用',
  SUSPENDED: '停用',
  RETIRED: '报废',
  LOST: '遗失',
};

export const CHECK_AREA_LABELS: Record<SecurityCheckArea, string> = {
  APPLICATION: '应用程序',
  OPERATING_SYSTEM: '操作系统',
  DATABASE: '数据库',
  NETWORK: '网络',
  OTHER: '其他',
};

/** Categories of the rectification tasks a security check opens (SECURITY_CHECK_<area>). */
export const SECURITY_FINDING_CATEGORY_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(CHECK_AREA_LABELS).map(([area, label]) => [
    `SECURITY_CHECK_${area}`,
    `安全检查（${label}）`,
  ]),
);
