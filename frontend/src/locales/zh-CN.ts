import type {
  AccountFunction,
  AccountObligation,
  AccountStatus,
  BasisType,
  FilingStatus,
  FilingType,
  OperatorType,
  OrganizationLevel,
  OrganizationType,
  Platform,
  Role,
  UserStatus,
} from '../api/types';

export const APP_TITLE = '政务新媒体管理平台';

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
  GOVERNMENT: '人民政府',
  GOVERNMENT_OFFICE: '政府办公室',
  DEPARTMENT: '部门',
  ZONE_COMMITTEE: '园区管委会',
  INTERNAL_UNIT: '内设机构',
};

export const ORGANIZATION_LEVEL_LABELS: Record<OrganizationLevel, string> = {
  CITY: '市级',
  COUNTY: '县区级',
};

export const ROLE_LABELS: Record<Role, string> = {
  CITY_ADMIN: '市级管理员',
  SUPERVISOR: '主管单位',
  OPERATOR: '运维人员',
  REVIEWER: '审核人',
  DEPUTY_LEADER: '分管领导',
  PRINCIPAL_LEADER: '主要领导',
  HANDLER: '承办人',
  AUDITOR: '审计员',
};

export function typeLabel(type: string | undefined): string {
  return type && type in ORGANIZATION_TYPE_LABELS
    ? ORGANIZATION_TYPE_LABELS[type as OrganizationType]
    : (type ?? '');
}

export function levelLabel(level: string | undefined): string {
  return level && level in ORGANIZATION_LEVEL_LABELS
    ? ORGANIZATION_LEVEL_LABELS[level as OrganizationLevel]
    : (level ?? '');
}

export const PLATFORM_LABELS: Record<Platform, string> = {
  WECHAT_OFFICIAL: '微信公众号',
  WECHAT_CHANNELS: '微信视频号',
  WEIBO: '微博',
  DOUYIN: '抖音',
  KUAISHOU: '快手',
  TOUTIAO: '今日头条',
  BILIBILI: '哔哩哔哩',
  XIAOHONGSHU: '小红书',
  MINI_PROGRAM: '小程序',
  MOBILE_APP: '移动客户端',
  OTHER: '其他',
};

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = {
  PENDING_FILING: '待备案',
  ACTIVE: '已开通',
  CLOSING: '关停公告中',
  CLOSED: '已关停',
  CANCELLED: '已注销',
};

export const ACCOUNT_STATUS_COLORS: Record<AccountStatus, string> = {
  PENDING_FILING: 'gold',
  ACTIVE: 'green',
  CLOSING: 'orange',
  CLOSED: 'default',
  CANCELLED: 'default',
};

export const OPERATOR_TYPE_LABELS: Record<OperatorType, string> = {
  IN_HOUSE: '本单位运维',
  CONTRACTED: '委托第三方运维',
};

export const FUNCTION_LABELS: Record<AccountFunction, string> = {
  INFORMATION: '信息发布',
  SERVICE: '政务服务',
  INTERACTION: '互动交流',
};

export const FILING_TYPE_LABELS: Record<FilingType, string> = {
  OPEN: '开设',
  CHANGE: '变更',
  CLOSE: '关停',
  CANCEL: '注销',
};

export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  SUBMITTED: '待审核',
  APPROVED: '已通过',
  RETURNED: '已退回',
};

export const FILING_STATUS_COLORS: Record<FilingStatus, string> = {
  SUBMITTED: 'processing',
  APPROVED: 'success',
  RETURNED: 'error',
};

export const BASIS_TYPE_LABELS: Record<BasisType, string> = {
  COLLECTIVE_DECISION: '集体决策',
  PRINCIPAL_LEADER_APPROVAL: '主要领导批准',
  ORDERED_BY_AUTHORITY: '主管单位责令关闭（第三十四条）',
};

export const STAFF_STATUS_LABELS: Record<string, string> = {
  ACTIVE: '在岗',
  DEPARTED: '已离岗',
};

export const USER_STATUS_LABELS: Record<UserStatus, string> = {
  ACTIVE: '正常',
  DISABLED: '已停用',
  LOCKED: '已锁定',
};

export const USER_STATUS_COLORS: Record<UserStatus, string> = {
  ACTIVE: 'green',
  DISABLED: 'default',
  LOCKED: 'red',
};

export const ROTATION_STATUS_LABELS: Record<string, string> = {
  OPEN: '待更换',
  CLOSED: '已完成',
};

export const DELIVERY_KIND_LABELS: Record<string, string> = {
  FILING: '备案',
  RECTIFIED: '整改',
};

export const DELIVERY_STATUS_LABELS: Record<string, string> = {
  PENDING: '待报送',
  DELIVERING: '报送中',
  DELIVERED: '已报送',
  DEAD: '报送失败',
};

export const DELIVERY_STATUS_COLORS: Record<string, string> = {
  PENDING: 'default',
  DELIVERING: 'processing',
  DELIVERED: 'success',
  DEAD: 'error',
};

export const ATTEMPT_OUTCOME_LABELS: Record<string, string> = {
  RETRY: '待重试',
  DELIVERED: '已送达',
  DEAD: '失败',
};

export const DIFFERENCE_KIND_LABELS: Record<string, string> = {
  MISSING_IN_PROVINCE: '省级缺少',
  MISSING_HERE: '本地缺少',
  STATUS_DIFFERS: '状态不一致',
};

export const FINDING_CATEGORY_LABELS: Record<string, string> = {
  SECURITY_INCIDENT: '安全泄密事故',
  ILLEGAL_CONTENT: '发布违法违规内容',
  NO_UPDATE_TWO_WEEKS: '两周未更新',
  POOR_INTERACTION: '互动回应差',
  SERIOUS_WORDING_ERROR: '严重表述错误',
  INFREQUENT_UPDATES: '更新不及时',
  UNANSWERED_MESSAGES: '留言未回复',
  FILING_MISMATCH: '备案信息不符',
  OTHER: '其他',
};

export const RECTIFICATION_STATUS_LABELS: Record<string, string> = {
  OPEN: '待整改',
  RECTIFIED: '已整改',
};

/** 开设义务 (Art 11). */
export const OBLIGATION_LABELS: Record<AccountObligation, string> = {
  REQUIRED: '应当开设',
  EXEMPT_CLASSIFIED: '免于开设（涉密）',
  EXEMPT_NO_PUBLIC_FUNCTION: '免于开设（无对外服务职能）',
  OPTIONAL: '可以开设',
};

export function labelOf(labels: Record<string, string>, code: string | undefined | null): string {
  if (!code) return '';
  return labels[code] ?? code;
}

/** A label table as Select options. */
export function optionsOf<T extends string>(
  labels: Record<T, string>,
): { value: T; label: string }[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}
