import type { OrganizationLevel, OrganizationType, Role } from '../api/types';

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
