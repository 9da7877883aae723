import { describe, expect, it } from 'vitest';
import type { ContentFinding } from '../../../api/types';
import { visibleSegments } from './bodyHtml';
import { segmentsOf } from './highlight';

const finding = (start: number, end: number): ContentFinding => ({
  type: 'PERSONAL_DATA',
  severity: 'BLOCKER',
  field: 'BODY',
  start,
  end,
  text: '13812345678',
  article: 'Art 20',
  message: '正文含手机号码',
});

describe('visibleSegments', () => {
  it('shows an HTML body as text, with the finding found in the HTML still marked', () => {
    const html = '<p>联系 <strong>13812345678</strong></p><p>A &amp; B</p>';
    const start = html.indexOf('138');
    const segments = visibleSegments(segmentsOf(html, [finding(start, start + 11)]));
    expect(segments.map((s) => s.text)).toEqual(['联系 ', '13812345678', '\nA & B\n']);
    expect(segments[1].finding?.message).toBe('正文含手机号码');
  });
});
