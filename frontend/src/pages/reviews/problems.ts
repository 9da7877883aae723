import type { ApiError } from '../../api/http';

/**
 * Whether a 422 of 提交审核 lists warnings to acknowledge (resubmit with acknowledgeWarnings)
 * rather than blockers to fix: the API tells them apart by the problem code.
 */
export function isWarningProblem(error: ApiError): boolean {
  return error.problem.code === 'WARNINGS_NOT_ACKNOWLEDGED';
}
