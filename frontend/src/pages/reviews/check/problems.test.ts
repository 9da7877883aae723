import { ApiError } from '../../../api/http';
import { isWarningProblem } from './problems';

describe('isWarningProblem', () => {
  it('tells warnings to acknowledge from blockers to fix', () => {
    const warnings = new ApiError(
      {
        status: 422,
        code: 'WARNINGS_NOT_ACKNOWLEDGED',
        detail: '自动检查有 1 个提示，请确认后再提交',
        detailEn: '1 warning(s) need an acknowledgement',
        errors: [{ field: 'body[6,17]', code: 'PERSONAL_DATA', message: '正文含手机号码' }],
      },
      422,
    );
    const blockers = new ApiError(
      {
        status: 422,
        code: 'CONTENT_BLOCKED',
        detail: '自动检查发现 1 个必须修改的问题，不能提交',
        detailEn: '1 blocking finding(s); the ticket cannot be submitted',
        errors: [{ field: 'body[0,2]', code: 'BANNED_WORD', message: '含禁用词' }],
      },
      422,
    );
    expect(isWarningProblem(warnings)).toBe(true);
    expect(isWarningProblem(blockers)).toBe(false);
  });
});
