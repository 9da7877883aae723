import { COMPLAINT_KIND_LABELS } from '../../locales/interaction';
import { PLATFORM_LABELS } from '../../locales/zh-CN';
import {
  PublicApiError,
  type ComplaintKind,
  type Platform,
  type SubmitComplaintRequest,
} from '../api';
import type { Target } from './TargetPicker';

export const KINDS = Object.keys(COMPLAINT_KIND_LABELS) as ComplaintKind[];
export const PLATFORMS = Object.keys(PLATFORM_LABELS) as Platform[];

/** What the citizen types into 我要留言. */
export interface SubmitValues {
  kind: ComplaintKind;
  target: Target;
  title: string;
  content: string;
  errorUrl: string;
  suspectName: string;
  suspectPlatform?: Platform;
  suspectLink: string;
  contactName: string;
  contactPhone: string;
}

export type FieldName = Exclude<keyof SubmitValues, 'target'> | 'target' | 'photos';
export type FieldErrors = Partial<Record<FieldName, string>>;

/** The form as a link prefills it: 核验 passes the target, a counterfeit report the suspect's name and platform. */
export function initialValues(params: URLSearchParams): SubmitValues {
  const kind = params.get('kind') as ComplaintKind;
  const platform = params.get('platform') as Platform;
  return {
    kind: KINDS.includes(kind) ? kind : 'MESSAGE',
    target: {
      organizationId: Number(params.get('organizationId')) || undefined,
      accountId: Number(params.get('accountId')) || undefined,
    },
    title: '',
    content: '',
    errorUrl: '',
    suspectName: params.get('suspect') ?? '',
    suspectPlatform: PLATFORMS.includes(platform) ? platform : undefined,
    suspectLink: '',
    contactName: '',
    contactPhone: '',
  };
}

/** The checks the API would make, done first so the citizen need not wait for them. */
export function validate(v: SubmitValues): FieldErrors {
  const found: FieldErrors = {};
  if (v.target.organizationId === undefined) found.target = '请选择受理单位';
  if (!v.title.trim()) found.title = '请填写标题';
  if (!v.content.trim()) found.content = '请填写内容';
  if (v.kind === 'ERROR_REPORT' && !v.errorUrl.trim()) found.errorUrl = '纠错须填写出错内容的链接';
  if (v.kind === 'COUNTERFEIT_REPORT') {
    if (!v.suspectName.trim()) found.suspectName = '请填写假冒账号的名称';
    if (!v.suspectPlatform) found.suspectPlatform = '请选择假冒账号所在平台';
  }
  if (v.contactPhone && !/^1\d{10}$/.test(v.contactPhone.trim()))
    found.contactPhone = '请填写 11 位手机号码';
  return found;
}

/** The request body of valid values: only the fields its kind takes. */
export function toRequest(v: SubmitValues): SubmitComplaintRequest {
  const contactName = v.contactName.trim() || undefined;
  const contactPhone = v.contactPhone.trim() || undefined;
  return {
    kind: v.kind,
    title: v.title.trim(),
    content: v.content.trim(),
    ...(v.target.accountId !== undefined
      ? { accountId: v.target.accountId }
      : { organizationId: v.target.organizationId }),
    ...(v.kind === 'ERROR_REPORT' ? { errorUrl: v.errorUrl.trim() } : {}),
    ...(v.kind === 'COUNTERFEIT_REPORT'
      ? {
          suspect: {
            name: v.suspectName.trim(),
            platform: v.suspectPlatform!,
            link: v.suspectLink.trim() || undefined,
          },
        }
      : {}),
    ...(contactName || contactPhone ? { contact: { name: contactName, phone: contactPhone } } : {}),
  };
}

/** The API's field path (e.g. suspect.name, accountId) → the form field it belongs to. */
function fieldOf(apiField: string | undefined): FieldName | undefined {
  switch (apiField) {
    case 'kind':
    case 'title':
    case 'content':
    case 'errorUrl':
    case 'photos':
      return apiField;
    case 'accountId':
    case 'organizationId':
      return 'target';
    case 'suspect':
    case 'suspect.name':
      return 'suspectName';
    case 'suspect.platform':
      return 'suspectPlatform';
    case 'suspect.link':
      return 'suspectLink';
    case 'contact.name':
      return 'contactName';
    case 'contact':
    case 'contact.phone':
      return 'contactPhone';
    default:
      return apiField?.startsWith('photos') ? 'photos' : undefined;
  }
}

/** A refused submission: field errors next to their fields, the rest (and the problem's title) above the button. */
export function placeErrors(
  error: unknown,
  describe: (error: unknown) => string,
): { fields: FieldErrors; form?: string } {
  if (!(error instanceof PublicApiError) || error.fieldErrors.length === 0) {
    return { fields: {}, form: describe(error) };
  }
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const violation of error.fieldErrors) {
    const field = fieldOf(violation.field);
    const message = violation.message ?? violation.code ?? '无效';
    if (field) fields[field] ??= message;
    else unplaced.push(message);
  }
  return { fields, form: unplaced.length ? unplaced.join('；') : error.problem.title };
}
