import type {
  RebuttalRequest,
  RebuttalResponse,
  RebuttalVerdict,
  TicketResponse,
} from '../../api/types';

/** The editor's form values (links are one per line). */
export interface RebuttalValues {
  title?: string;
  accountId?: number;
  rumour?: string;
  truth?: string;
  evidence?: string;
  evidenceLinks?: string;
  rumourAppearances?: string;
  verdict?: RebuttalVerdict;
  complaintIds?: number[];
}

export const MAX_LINKS = 10;

/** The non-blank lines of a textarea, trimmed. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Why a list of links (one per line) is refused, or undefined when it is fine. */
export function linkProblem(text: string | undefined): string | undefined {
  const links = linesOf(text);
  if (links.length > MAX_LINKS) return `最多填写 ${MAX_LINKS} 个链接`;
  const index = links.findIndex((link) => !/^https?:\/\/\S+$/.test(link) || link.length > 1000);
  return index >= 0 ? `第 ${index + 1} 行不是有效的 http(s) 地址` : undefined;
}

function text(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/**
 * The request of create / replace: the issuing organization is the chosen account's host (the API
 * requires the account to be hosted by the issuer); the version only when replacing.
 */
export function rebuttalRequest(
  values: RebuttalValues,
  hostOrganizationId: number,
  saved: RebuttalResponse | undefined,
): RebuttalRequest {
  return {
    title: values.title?.trim() ?? '',
    accountId: values.accountId ?? 0,
    organizationId: hostOrganizationId,
    rumour: values.rumour?.trim() ?? '',
    truth: values.truth?.trim() ?? '',
    evidence: text(values.evidence),
    evidenceLinks: linesOf(values.evidenceLinks),
    rumourAppearances: linesOf(values.rumourAppearances),
    verdict: values.verdict ?? 'FALSE',
    complaintIds: values.complaintIds ?? [],
    version: saved?.version,
  };
}

export function initialOf(rebuttal: RebuttalResponse | undefined): RebuttalValues {
  if (!rebuttal) return { verdict: 'FALSE', complaintIds: [] };
  return {
    title: rebuttal.title,
    accountId: rebuttal.accountId,
    rumour: rebuttal.rumour,
    truth: asHtml(rebuttal.truth),
    evidence: rebuttal.evidence,
    evidenceLinks: rebuttal.evidenceLinks.join('\n'),
    rumourAppearances: rebuttal.rumourAppearances.join('\n'),
    verdict: rebuttal.verdict,
    complaintIds: rebuttal.complaintIds,
  };
}

export interface RebuttalActions {
  edit: boolean;
  review: boolean;
  /** 提交审核单: the ticket opened by 送审 is still a draft (or was returned) of this author. */
  submitTicket: boolean;
}

/**
 * What the rebuttal page offers an OPERATOR: change it and send it to review while no review is
 * under way (DRAFT, REJECTED), then submit the ticket it opened; nothing once published.
 */
export function rebuttalActions(
  rebuttal: RebuttalResponse,
  ticket: TicketResponse | undefined,
  canWrite: boolean,
  username: string,
): RebuttalActions {
  const editable = canWrite && (rebuttal.status === 'DRAFT' || rebuttal.status === 'REJECTED');
  return {
    edit: editable,
    review: editable,
    submitTicket:
      canWrite &&
      rebuttal.status === 'IN_REVIEW' &&
      !!ticket &&
      ticket.id === rebuttal.reviewTicketId &&
      ticket.status === 'DRAFT' &&
      ticket.author === username,
  };
}

/** A truth written before the rich-text editor is plain text (escaped by the API): one paragraph per line. */
export function asHtml(truth: string): string {
  if (/<[a-z][^>]*>/i.test(truth)) return truth;
  return truth
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${line}</p>`)
    .join('');
}
