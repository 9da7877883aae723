import type { ComplaintResponse } from '../../api/types';

/** The actions of the 互动 detail page. */
export type ComplaintAction =
  'moderate' | 'forward' | 'reply' | 'close' | 'reopen' | 'promote' | 'verdict' | 'contact';

/** Who is looking: roles and the id of the user's own organization. */
export interface Viewer {
  roles: readonly string[];
  organizationId?: number;
}

/**
 * Which side of a submission the viewer works on. The handling department is the one it was forwarded
 * to; everyone else who can see it (the target's host or an organization above it) is the host side.
 */
export function sideOf(complaint: ComplaintResponse, viewer: Viewer): 'host' | 'handler' {
  const forwardedTo = complaint.forwardedToOrganizationId;
  return forwardedTo !== undefined &&
    viewer.organizationId === forwardedTo &&
    viewer.organizationId !== complaint.targetOrganizationId
    ? 'handler'
    : 'host';
}

/**
 * The actions offered for a submission, mirroring the API (ComplaintService): the host's OPERATOR
 * moderates, forwards, closes (answered only), reopens (answered or closed), promotes an answered
 * consultation and decides a counterfeit report under investigation; the reply is the host OPERATOR's
 * or, once forwarded, the department HANDLER's; the contact is read by the handling organization only.
 * The API refuses the others anyway; this only hides buttons.
 */
export function availableActions(
  complaint: ComplaintResponse,
  viewer: Viewer,
): Set<ComplaintAction> {
  const actions = new Set<ComplaintAction>();
  const operator = viewer.roles.includes('OPERATOR');
  const handler = viewer.roles.includes('HANDLER');
  const side = sideOf(complaint, viewer);
  const open = complaint.status === 'RECEIVED' || complaint.status === 'FORWARDED';
  const hostOperator = operator && side === 'host';

  if (hostOperator) actions.add('moderate');
  if (hostOperator && open) actions.add('forward');
  if (open && (hostOperator || (handler && side === 'handler'))) actions.add('reply');
  if (hostOperator && complaint.status === 'ANSWERED') actions.add('close');
  if (hostOperator && (complaint.status === 'ANSWERED' || complaint.status === 'CLOSED'))
    actions.add('reopen');
  if (
    hostOperator &&
    complaint.kind === 'CONSULTATION' &&
    (complaint.status === 'ANSWERED' || complaint.status === 'CLOSED') &&
    !!complaint.reply
  )
    actions.add('promote');
  if (
    hostOperator &&
    complaint.kind === 'COUNTERFEIT_REPORT' &&
    complaint.investigationStatus === 'VERIFYING'
  )
    actions.add('verdict');
  const handling =
    viewer.organizationId !== undefined &&
    (viewer.organizationId === complaint.targetOrganizationId ||
      viewer.organizationId === complaint.forwardedToOrganizationId);
  if (complaint.hasContact && handling) actions.add('contact');
  return actions;
}
