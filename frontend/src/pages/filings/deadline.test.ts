import { todayInShanghai } from '../../utils/dates';
import { daysUntil, deadlineTag } from './deadline';

describe('daysUntil', () => {
  it('counts calendar days, negative after the deadline', () => {
    expect(daysUntil('2026-12-03', '2026-11-30')).toBe(3);
    expect(daysUntil('2026-11-30', '2026-11-30')).toBe(0);
    expect(daysUntil('2026-11-28', '2026-11-30')).toBe(-2);
    expect(daysUntil('2027-01-01', '2026-12-31')).toBe(1);
  });
});

describe('deadlineTag', () => {
  const today = '2026-11-30';

  it('is red when overdue', () => {
    expect(
      deadlineTag({ deadlineState: 'OVERDUE', provincialDeadline: '2026-11-27' }, today),
    ).toEqual({ color: 'red', text: '已逾期 3 天' });
  });

  it('is orange when due soon', () => {
    expect(
      deadlineTag({ deadlineState: 'DUE_SOON', provincialDeadline: '2026-12-01' }, today),
    ).toEqual({ color: 'orange', text: '剩 1 天' });
    expect(
      deadlineTag({ deadlineState: 'DUE_SOON', provincialDeadline: '2026-11-30' }, today),
    ).toEqual({ color: 'orange', text: '今日到期' });
  });

  it('counts down on time, and trusts the API state over the local clock', () => {
    expect(
      deadlineTag({ deadlineState: 'ON_TIME', provincialDeadline: '2026-12-03' }, today),
    ).toEqual({ color: 'blue', text: '剩 3 天' });
    expect(
      deadlineTag({ deadlineState: 'OVERDUE', provincialDeadline: '2026-11-30' }, today),
    ).toEqual({ color: 'red', text: '已逾期' });
  });

  it('tells an approved filing not delivered past the deadline apart [15.5]', () => {
    expect(
      deadlineTag({ deadlineState: 'DELIVERY_OVERDUE', provincialDeadline: '2026-11-27' }, today),
    ).toEqual({ color: 'red', text: '逾期未报送 3 天' });
  });

  it('shows nothing once decided', () => {
    expect(deadlineTag({ deadlineState: undefined, provincialDeadline: '2026-12-03' }, today)).toBe(
      undefined,
    );
  });
});

describe('todayInShanghai', () => {
  it('uses the Shanghai date, not the browser zone', () => {
    expect(todayInShanghai(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
    expect(todayInShanghai(new Date('2026-11-30T15:30:00Z'))).toBe('2026-11-30');
  });
});
