import { diffLines, linesOf } from './diff';

describe('diffLines', () => {
  it('marks identical texts as equal', () => {
    expect(diffLines('a\nb', 'a\nb')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'equal', text: 'b' },
    ]);
  });

  it('finds a changed line in the middle', () => {
    expect(diffLines('标题\n旧的一行\n结尾', '标题\n新的一行\n结尾')).toEqual([
      { op: 'equal', text: '标题' },
      { op: 'removed', text: '旧的一行' },
      { op: 'added', text: '新的一行' },
      { op: 'equal', text: '结尾' },
    ]);
  });

  it('handles insertions, deletions and empty sides', () => {
    expect(diffLines('a\nc', 'a\nb\nc')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'added', text: 'b' },
      { op: 'equal', text: 'c' },
    ]);
    expect(diffLines('a\nb\nc', 'a\nc')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'equal', text: 'c' },
    ]);
    expect(diffLines('', 'x')).toEqual([{ op: 'added', text: 'x' }]);
    expect(diffLines('x', '')).toEqual([{ op: 'removed', text: 'x' }]);
    expect(diffLines('', '')).toEqual([]);
  });

  it('keeps the longest common subsequence', () => {
    const ops = diffLines('a\nb\nc\nd\ne', 'b\nx\nd\ne\nf');
    expect(ops.filter((line) => line.op === 'equal').map((line) => line.text)).toEqual([
      'b',
      'd',
      'e',
    ]);
    expect(ops.filter((line) => line.op !== 'added').map((line) => line.text)).toEqual(
      linesOf('a\nb\nc\nd\ne'),
    );
    expect(ops.filter((line) => line.op !== 'removed').map((line) => line.text)).toEqual(
      linesOf('b\nx\nd\ne\nf'),
    );
  });

  it('treats CRLF like LF', () => {
    expect(diffLines('a\r\nb', 'a\nb').every((line) => line.op === 'equal')).toBe(true);
  });
});
