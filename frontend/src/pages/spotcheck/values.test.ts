import { chinesePart, quarterOf } from './values';

describe('spot check values', () => {
  it('names the quarter of a date', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-11-28')).toBe('2026-Q4');
  });

  it('keeps the Chinese half of a bilingual text', () => {
    expect(chinesePart('按种子洗牌。 / Shuffled by the seed.')).toBe('按种子洗牌。');
    expect(chinesePart('只有中文')).toBe('只有中文');
  });
});
