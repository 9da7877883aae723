import type { ContentFinding } from '../../../api/types';
import { segmentsOf } from './highlight';

function finding(start: number, end: number, extra: Partial<ContentFinding> = {}): ContentFinding {
  return {
    article: 'Art 20',
    field: 'BODY',
    message: '正文含手机号码',
    severity: 'WARNING',
    type: 'PERSONAL_DATA',
    text: '',
    start,
    end,
    ...extra,
  };
}

describe('segmentsOf', () => {
  const body = '家长可拨打 13812345678 咨询。';

  it('returns the whole text when there is nothing to mark', () => {
    expect(segmentsOf(body, [])).toEqual([{ text: body }]);
    expect(segmentsOf('', [finding(0, 3)])).toEqual([]);
  });

  it('wraps body.slice(start, end) of a BODY finding', () => {
    const f = finding(6, 17);
    expect(segmentsOf(body, [f])).toEqual([
      { text: '家长可拨打 ' },
      { text: '13812345678', finding: f },
      { text: ' 咨询。' },
    ]);
  });

  it('ignores findings on other fields and empty ranges, clips ranges past the end', () => {
    const title = finding(0, 2, { field: 'TITLE' });
    const empty = finding(3, 3);
    const tail = finding(18, 99);
    expect(segmentsOf(body, [title, empty, tail])).toEqual([
      { text: body.slice(0, 18) },
      { text: body.slice(18), finding: tail },
    ]);
  });

  it('orders findings and resolves overlaps', () => {
    const first = finding(0, 2, { severity: 'INFO' });
    const blocker = finding(6, 10, { severity: 'BLOCKER' });
    const overlapping = finding(8, 17);
    const segments = segmentsOf(body, [overlapping, blocker, first]);
    expect(segments.map((s) => s.text).join('')).toBe(body);
    expect(segments).toEqual([
      { text: '家长', finding: first },
      { text: '可拨打 ' },
      { text: '1381', finding: blocker },
      { text: '2345678', finding: overlapping },
      { text: ' 咨询。' },
    ]);
  });
});
