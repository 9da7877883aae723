import { access, ALL_ROLES, type AccessKey } from './access';

const MODULES: AccessKey[] = [
  'canAccounts',
  'canFilings',
  'canStaff',
  'canCalendar',
  'canReviews',
  'canPublications',
  'canInteractions',
  'canFaqs',
  'canCounterfeits',
  'canRumours',
  'canSupervision',
  'canSync',
  'canRectifications',
  'canOrganizations',
  'canAudit',
  'canUsers',
];

function granted(roles: string[]): AccessKey[] {
  const a = access(roles);
  return MODULES.filter((key) => a[key]);
}

describe('access', () => {
  it('gives CITY_ADMIN every module and organization management', () => {
    expect(granted(['CITY_ADMIN'])).toEqual(MODULES);
    expect(access(['CITY_ADMIN']).canManageOrganizations).toBe(true);
  });

  it('gives AUDITOR every module but user administration, read-only', () => {
    expect(granted(['AUDITOR'])).toEqual(MODULES.filter((key) => key !== 'canUsers'));
    expect(access(['AUDITOR']).canManageOrganizations).toBe(false);
    expect(access(['AUDITOR']).canRetryDeliveries).toBe(false);
    expect(access(['AUDITOR']).canReconcile).toBe(false);
    expect(access(['AUDITOR']).canCompleteRectifications).toBe(false);
  });

  it('limits OPERATOR to its own work', () => {
    expect(granted(['OPERATOR'])).toEqual([
      'canAccounts',
      'canFilings',
      'canStaff',
      'canCalendar',
      'canReviews',
      'canPublications',
      'canInteractions',
      'canFaqs',
      'canCounterfeits',
      'canRumours',
      'canRectifications',
      'canOrganizations',
    ]);
  });

  it('matches the menu table for the remaining roles', () => {
    expect(granted(['SUPERVISOR'])).toEqual([
      'canAccounts',
      'canFilings',
      'canStaff',
      'canCalendar',
      'canPublications',
      'canInteractions',
      'canFaqs',
      'canCounterfeits',
      'canRumours',
      'canSupervision',
      'canSync',
      'canRectifications',
      'canOrganizations',
      'canUsers',
    ]);
    expect(granted(['REVIEWER'])).toEqual([
      'canAccounts',
      'canStaff',
      'canCalendar',
      'canReviews',
      'canPublications',
      'canRumours',
      'canRectifications',
      'canOrganizations',
    ]);
    expect(granted(['DEPUTY_LEADER'])).toEqual([
      'canAccounts',
      'canStaff',
      'canCalendar',
      'canReviews',
      'canPublications',
      'canRectifications',
      'canOrganizations',
    ]);
    expect(granted(['PRINCIPAL_LEADER'])).toEqual([
      'canAccounts',
      'canStaff',
      'canCalendar',
      'canReviews',
      'canPublications',
      'canRectifications',
      'canOrganizations',
    ]);
    expect(granted(['HANDLER'])).toEqual([
      'canAccounts',
      'canStaff',
      'canCalendar',
      'canPublications',
      'canInteractions',
      'canFaqs',
      'canRectifications',
      'canOrganizations',
    ]);
  });

  it('combines several roles', () => {
    expect(granted(['HANDLER', 'REVIEWER'])).toEqual([
      'canAccounts',
      'canStaff',
      'canCalendar',
      'canReviews',
      'canPublications',
      'canInteractions',
      'canFaqs',
      'canRumours',
      'canRectifications',
      'canOrganizations',
    ]);
  });

  it('grants nothing without a known role', () => {
    expect(granted([])).toEqual([]);
    expect(granted(['ROLE_USER', 'city_admin'])).toEqual([]);
    expect(granted(undefined as unknown as string[])).toEqual([]);
  });

  it('limits writes on filings, staff, the calendar, sync, rectifications and publications to the roles the API allows', () => {
    const writers = (key: AccessKey) => ALL_ROLES.filter((role) => access([role])[key]);
    expect(writers('canSubmitFilings')).toEqual(['OPERATOR']);
    expect(writers('canDecideFilings')).toEqual(['SUPERVISOR']);
    expect(writers('canManageStaff')).toEqual(['CITY_ADMIN', 'OPERATOR']);
    expect(writers('canManageCalendar')).toEqual(['CITY_ADMIN']);
    expect(writers('canRetryDeliveries')).toEqual(['CITY_ADMIN', 'SUPERVISOR']);
    expect(writers('canReconcile')).toEqual(['CITY_ADMIN']);
    expect(writers('canCompleteRectifications')).toEqual(['CITY_ADMIN', 'OPERATOR']);
    expect(writers('canWriteReviews')).toEqual(['OPERATOR']);
    expect(writers('canImportPublications')).toEqual(['CITY_ADMIN', 'OPERATOR']);
  });

  it('mirrors the interaction API: the OPERATOR works submissions, FAQs and rebuttals, the HANDLER answers', () => {
    const writers = (key: AccessKey) => ALL_ROLES.filter((role) => access([role])[key]);
    expect(writers('canWorkComplaints')).toEqual(['OPERATOR']);
    expect(writers('canReplyComplaints')).toEqual(['OPERATOR', 'HANDLER']);
    expect(writers('canManageFaqs')).toEqual(['OPERATOR']);
    expect(writers('canWriteRumours')).toEqual(['OPERATOR']);
    // supervisors and auditors read the queues
    expect(access(['SUPERVISOR']).canInteractions && access(['AUDITOR']).canCounterfeits).toBe(
      true,
    );
  });

  it('mirrors the supervision API: the city office and each county office run their checks (Art 32.2)', () => {
    const writers = (key: AccessKey) => ALL_ROLES.filter((role) => access([role])[key]);
    expect(writers('canSpotChecks')).toEqual(['CITY_ADMIN', 'SUPERVISOR', 'AUDITOR']);
    expect(writers('canRunSpotChecks')).toEqual(['CITY_ADMIN', 'SUPERVISOR']);
    expect(writers('canRecordFindings')).toEqual(['SUPERVISOR', 'AUDITOR']);
    expect(writers('canManageChecklist')).toEqual(['CITY_ADMIN']);
    expect(writers('canEnterExternalFindings')).toEqual(['CITY_ADMIN']);
    expect(writers('canIssueNotices')).toEqual(['CITY_ADMIN', 'AUDITOR']);
    expect(writers('canRecordMeasures')).toEqual(['CITY_ADMIN', 'SUPERVISOR']);
    expect(writers('canManageAssessment')).toEqual(['CITY_ADMIN']);
  });

  it('shows 用户管理 to the city office and the competent authorities only', () => {
    expect(ALL_ROLES.filter((role) => access([role]).canUsers)).toEqual([
      'CITY_ADMIN',
      'SUPERVISOR',
    ]);
  });

  it('never lets a non-admin manage organizations or see the audit log', () => {
    for (const role of ALL_ROLES.filter((r) => r !== 'CITY_ADMIN')) {
      expect(access([role]).canManageOrganizations).toBe(false);
      expect(access([role]).canAudit).toBe(role === 'AUDITOR');
    }
  });
});
