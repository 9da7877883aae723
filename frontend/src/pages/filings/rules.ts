/**
 * Client-side rules of the filing forms, mirroring the API (the API checks them again).
 * Pure functions: each returns a Chinese message per invalid field, none when valid.
 */

export const PHONE_PATTERN = /^[0-9+-]{5,20}$/;
export const ANNOUNCEMENT_WORKING_DAYS = 15;

/** The account fields of an OPEN filing as the form holds them (dates as YYYY-MM-DD). */
export interface AccountRuleInput {
  platform?: string;
  name?: string;
  certificationSubject?: string;
  responsiblePerson?: string;
  responsiblePhone?: string;
  operatorType?: string;
  operatorName?: string;
  contractSignedOn?: string;
  confidentialitySignedOn?: string;
  ipv6Supported?: boolean;
  offersNews?: boolean;
  offersAudioVideo?: boolean;
  licenceNumber?: string;
}

export type FieldErrors<T> = Partial<Record<keyof T, string>>;

function blank(value: string | undefined): boolean {
  return !value || value.trim() === '';
}

/** The rules of Art 7, 13, 25 and 26 plus the API's length limits. */
export function accountErrors(values: AccountRuleInput): FieldErrors<AccountRuleInput> {
  const errors: FieldErrors<AccountRuleInput> = {};
  if (!values.platform) errors.platform = '请选择平台';
  if (blank(values.name)) errors.name = '请输入账号名称';
  else if (values.name!.trim().length > 100) errors.name = '账号名称不能超过 100 个字符';
  if ((values.certificationSubject ?? '').length > 100)
    errors.certificationSubject = '认证主体不能超过 100 个字符';
  if (blank(values.responsiblePerson))
    errors.responsiblePerson = '请填写责任人（《办法》第二十六条）';
  else if (values.responsiblePerson!.trim().length > 50)
    errors.responsiblePerson = '责任人不能超过 50 个字符';
  if (!blank(values.responsiblePhone) && !PHONE_PATTERN.test(values.responsiblePhone!.trim()))
    errors.responsiblePhone = '电话为 5–20 位数字，可含 + 和 -';
  if (!values.operatorType) errors.operatorType = '请选择运维方式';
  if (blank(values.operatorName)) errors.operatorName = '请填写运维单位';
  else if (values.operatorName!.trim().length > 100)
    errors.operatorName = '运维单位不能超过 100 个字符';
  if (values.operatorType === 'CONTRACTED') {
    if (!values.contractSignedOn)
      errors.contractSignedOn = '委托第三方运维须填写合同签订日期（《办法》第七条）';
    if (!values.confidentialitySignedOn)
      errors.confidentialitySignedOn = '委托第三方运维须填写保密协议签订日期（《办法》第七条）';
  }
  if (values.platform === 'MOBILE_APP' && values.ipv6Supported !== true)
    errors.ipv6Supported = '移动客户端须支持 IPv6（《办法》第十三条）';
  if ((values.offersNews || values.offersAudioVideo) && blank(values.licenceNumber))
    errors.licenceNumber = '提供新闻信息或网络视听服务须填写许可证编号（《办法》第二十五条）';
  else if ((values.licenceNumber ?? '').length > 100)
    errors.licenceNumber = '许可证编号不能超过 100 个字符';
  return errors;
}

/** The basis and announcement period of a CLOSE or CANCEL filing (Art 16). */
export interface ClosureRuleInput {
  basisType?: string;
  documentNumber?: string;
  decidedOn?: string;
  announcementStartsOn?: string;
  announcementEndsOn?: string;
  /** The 15th working day after the start, from GET /calendar/working-days; unknown while loading. */
  earliestEnd?: string;
}

export function closureErrors(values: ClosureRuleInput): FieldErrors<ClosureRuleInput> {
  const errors: FieldErrors<ClosureRuleInput> = {};
  if (!values.basisType) errors.basisType = '请选择关停依据（《办法》第十六条）';
  if (blank(values.documentNumber)) errors.documentNumber = '请填写依据文号';
  else if (values.documentNumber!.trim().length > 100)
    errors.documentNumber = '依据文号不能超过 100 个字符';
  if (!values.decidedOn) errors.decidedOn = '请选择决定日期';
  if (!values.announcementStartsOn) errors.announcementStartsOn = '请选择公告开始日期';
  if (!values.announcementEndsOn) errors.announcementEndsOn = '请选择公告结束日期';
  else if (values.announcementStartsOn && values.announcementEndsOn < values.announcementStartsOn)
    errors.announcementEndsOn = '公告结束日期不能早于开始日期';
  else if (values.earliestEnd && values.announcementEndsOn < values.earliestEnd)
    errors.announcementEndsOn = `公告期不少于 ${ANNOUNCEMENT_WORKING_DAYS} 个工作日，最早于 ${values.earliestEnd} 结束（《办法》第十六条）`;
  return errors;
}

/** A supervisor's decision: returning needs a reason (≤ 500 characters). */
export function decisionErrors(values: {
  decision?: string;
  reason?: string;
}): FieldErrors<{ decision?: string; reason?: string }> {
  const errors: FieldErrors<{ decision?: string; reason?: string }> = {};
  if (values.decision !== 'APPROVE' && values.decision !== 'RETURN')
    errors.decision = '请选择审核结果';
  if (values.decision === 'RETURN' && blank(values.reason)) errors.reason = '退回须填写理由';
  if ((values.reason ?? '').length > 500) errors.reason = '理由不能超过 500 个字符';
  return errors;
}

/** The fields of `next` that differ from `current` (for a CHANGE filing); blanks are dropped. */
export function changedFields<T extends object>(current: Partial<T>, next: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    const value = next[key];
    if (value === undefined || value === null || value === '') continue;
    if (JSON.stringify(value) !== JSON.stringify(current[key])) changes[key] = value;
  }
  return changes;
}
