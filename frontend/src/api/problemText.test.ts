import { describe, expect, it } from 'vitest';
import { ApiError } from './problem';
import { articleName, chineseNumber, problemLines, technicalLines } from './problemText';

describe('problem text', () => {
  it('names articles as the measures do', () => {
    expect(chineseNumber(10)).toBe('十');
    expect(chineseNumber(19)).toBe('十九');
    expect(chineseNumber(32)).toBe('三十二');
    expect(articleName('Art 19')).toBe('《办法》第十九条');
    expect(articleName('Art 32.6')).toBe('《办法》第三十二条');
    expect(articleName('Art 19-21')).toBe('《办法》第十九条至第二十一条');
    expect(articleName('第五条')).toBe('第五条');
  });

  it('shows the Chinese detail and reasons, keeps codes and field paths out', () => {
    const error = new ApiError(
      {
        title: '请确认检查提示',
        detail: '自动检查有 1 个提示，请确认后再提交',
        code: 'WARNINGS_NOT_ACKNOWLEDGED',
        article: 'Art 19',
        requestId: 'req-1',
        errors: [{ field: 'body[113,139]', code: 'COMMERCIAL_LINK', message: '正文含商业链接' }],
      },
      422,
    );
    const lines = problemLines(error);
    expect(lines).toEqual([
      '自动检查有 1 个提示，请确认后再提交',
      '正文含商业链接',
      '依据：《办法》第十九条',
    ]);
    expect(lines.join()).not.toMatch(/body\[|Art |req-1|WARNINGS/);
    expect(technicalLines(error)).toEqual([
      '错误代码：WARNINGS_NOT_ACKNOWLEDGED',
      '请求编号：req-1',
    ]);
  });
});
