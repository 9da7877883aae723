import type { Role } from './api/types';

export const ALL_ROLES: readonly Role[] = [
  'CITY_ADMIN',
  'SUPERVISOR',
  'OPERATOR',
  'REVIEWER',
  'DEPUTY_LEADER',
  'PRINCIPAL_LEADER',
  'HANDLER',
  'AUDITOR',
];

/** Which roles may use each permission. A permission is granted when the user has any of them. */
const PERMISSIONS = {
  canWorkbench: ALL_ROLES,
  canAccounts: ALL_ROLES,
  canFilings: ['CITY_ADMIN', 'SUPERVISOR', 'OPERATOR', 'AUDITOR'],
  canStaff: ALL_ROLES,
  canCalendar: ALL_ROLES,
  canReviews: [
    'OPERATOR',
    'REVIEWER',
    'DEPUTY_LEADER',
    'PRINCIPAL_LEADER',
    'CITY_ADMIN',
    'AUDITOR',
  ],
  canPublications: ALL_ROLES,
  canInteractions: ['OPERATOR', 'HANDLER', 'SUPERVISOR', 'CITY_ADMIN', 'AUDITOR'],
  canFaqs: ['OPERATOR', 'HANDLER', 'SUPERVISOR', 'CITY_ADMIN', 'AUDITOR'],
  canCounterfeits: ['OPERATOR', 'SUPERVISOR', 'CITY_ADMIN', 'AUDITOR'],
  canRumours: ['OPERATOR', 'REVIEWER', 'SUPERVISOR', 'CITY_ADMIN', 'AUDITOR'],
  canSupervision: ['CITY_ADMIN', 'SUPERVISOR', 'AUDITOR'],
  canSync: ['CITY_ADMIN', 'SUPERVISOR', 'AUDITOR'],
  canRectifications: ALL_ROLES,
  canDuty: ALL_ROLES,
  canIncidents: ALL_ROLES,
  canSecurity: ALL_ROLES,
  canOrganizations: ALL_ROLES,
  canManageOrganizations: ['CITY_ADMIN'],
  // 开设义务 (Art 11): the competent authority decides it (the API refuses a supervisor's own unit)
  canSetObligation: ['CITY_ADMIN', 'SUPERVISOR'],
  // 一般信息签发人 (Art 17): the host's principal leader for their own unit, the competent authority within its scope
  canDesignateSigner: ['PRINCIPAL_LEADER', 'SUPERVISOR', 'CITY_ADMIN'],
  canAudit: ['CITY_ADMIN', 'AUDITOR'],
  // 用户管理: the city office city-wide, a competent authority within its jurisdiction
  canUsers: ['CITY_ADMIN', 'SUPERVISOR'],
  // writes (the API refuses the others anyway; these only hide buttons)
  canSubmitFilings: ['OPERATOR'],
  canDecideFilings: ['SUPERVISOR'],
  canManageStaff: ['OPERATOR', 'CITY_ADMIN'],
  // 非备案信息 (responsible person's phone, avatar): no filing needed
  canEditAccounts: ['OPERATOR', 'CITY_ADMIN'],
  canManageCalendar: ['CITY_ADMIN'],
  canRetryDeliveries: ['CITY_ADMIN', 'SUPERVISOR'],
  canReconcile: ['CITY_ADMIN'],
  canCompleteRectifications: ['OPERATOR', 'CITY_ADMIN'],
  canManageDuty: ['OPERATOR', 'SUPERVISOR', 'CITY_ADMIN'],
  // 事件 (Art 29): hosts and authorities keep the register; the authority acknowledges and holds to account
  canManageIncidents: ['OPERATOR', 'SUPERVISOR', 'CITY_ADMIN'],
  canAccountability: ['SUPERVISOR', 'CITY_ADMIN'],
  canManageSecurity: ['OPERATOR', 'SUPERVISOR', 'CITY_ADMIN'],
  canManageCounterfeits: ['OPERATOR', 'SUPERVISOR', 'CITY_ADMIN'],
  canWriteReviews: ['OPERATOR'],
  canImportPublications: ['OPERATOR', 'CITY_ADMIN'],
  // 互动 (Art 24, 29, 30): the host's OPERATOR works a submission, the forwarded-to HANDLER answers it
  canWorkComplaints: ['OPERATOR'],
  canReplyComplaints: ['OPERATOR', 'HANDLER'],
  canManageFaqs: ['OPERATOR'],
  canWriteRumours: ['OPERATOR'],
  // 监管考核 (Art 32–34): the city office runs spot checks and the assessment, inspectors record findings;
  // each county office's supervisors run the county's own quarterly checks (Art 32.2)
  canSpotChecks: ['CITY_ADMIN', 'AUDITOR', 'SUPERVISOR'],
  canRunSpotChecks: ['CITY_ADMIN', 'SUPERVISOR'],
  canRecordFindings: ['AUDITOR', 'SUPERVISOR'],
  canIssueNotices: ['CITY_ADMIN', 'AUDITOR'],
  canIssueSpotCheckNotices: ['CITY_ADMIN', 'AUDITOR', 'SUPERVISOR'],
  // Art 32.6: a closed check's notice (its own office) and the assessment notice (CITY_ADMIN) are made public
  canReleaseNotices: ['CITY_ADMIN', 'SUPERVISOR'],
  // Art 32.8: national and provincial findings are entered by the city office
  canExternalFindings: ['CITY_ADMIN', 'AUDITOR'],
  canEnterExternalFindings: ['CITY_ADMIN'],
  canManageChecklist: ['CITY_ADMIN'],
  // 词库 (Art 19–21, 28): CITY_ADMIN keeps the lexicons, AUDITOR reads them
  canLexicons: ['CITY_ADMIN', 'AUDITOR'],
  canManageLexicons: ['CITY_ADMIN'],
  canRecordMeasures: ['CITY_ADMIN', 'SUPERVISOR'],
  canManageAssessment: ['CITY_ADMIN'],
  canCommend: ['CITY_ADMIN', 'SUPERVISOR'],
  // 转发任务 (Art 21): a superior issues required reposts to the accounts of its scope
  canIssueReposts: ['CITY_ADMIN', 'SUPERVISOR'],
} as const satisfies Record<string, readonly Role[]>;

export type AccessKey = keyof typeof PERMISSIONS;
export type Access = Record<AccessKey, boolean>;

/** Pure function of the user's roles (unknown role strings grant nothing). */
export function access(roles: readonly string[] | undefined): Access {
  const held = new Set(roles ?? []);
  const result = {} as Access;
  for (const key of Object.keys(PERMISSIONS) as AccessKey[]) {
    const allowed: readonly string[] = PERMISSIONS[key];
    result[key] = allowed.some((role) => held.has(role));
  }
  return result;
}
