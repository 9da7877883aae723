import type { components } from './schema';

type Problem = components['schemas']['Problem'];
type FieldViolation = NonNullable<Problem['errors']>[number];

/**
 * An RFC 9457 problem returned by the API (or made up for a network failure). Shared by the admin app and the public
 * mobile app, so it imports no UI library.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem, status: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): FieldViolation[] {
    return this.problem.errors ?? [];
  }
}

/** Reads a failed response as problem details, titled from `fallbackTitles` when the body has none. */
export async function readProblem(
  response: Response,
  fallbackTitles: Record<number, string>,
): Promise<ApiError> {
  let body: Problem = {};
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      body = (await response.clone().json()) as Problem;
    } catch {
      body = {};
    }
  }
  const status = body.status ?? response.status;
  const problem: Problem = {
    ...body,
    status,
    title: body.title ?? fallbackTitles[status] ?? `请求失败（HTTP ${status}）`,
    requestId: body.requestId ?? response.headers.get('x-request-id') ?? undefined,
  };
  return new ApiError(problem, status);
}
