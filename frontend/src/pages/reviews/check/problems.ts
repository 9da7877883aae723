import type { ApiError } from '../../../api/http';

/** A 422 of 提交审核: blockers to fix, or warnings to acknowledge. */
export interface SubmitProblem {
  detail: string;
  messages: string[];
  warnings: boolean;
}

/**
 * Whether a 422 of 提交审核 lists warnings to acknowledge (resubmit with acknowledgeWarnings)
 * rather than blockers to fix: the API tells them apart by the problem code.
 */
export function isWarningProblem(error: ApiError): boolean {
  return error.problem.code === 'WARNINGS_NOT_ACKNOWLEDGED';
}

/** What the form shows of a 422 of 提交审核. */
export function submitProblemOf(error: ApiError): SubmitProblem {
  return {
    detail: error.problem.detail ?? error.problem.title ?? '自动检查未通过',
    messages: error.fieldErrors.map(
      (violation) => violation.message ?? violation.code ?? '内容有误',
    ),
    warnings: isWarningProblem(error),
  };
}
