import { workingDaysLeft } from './workingDays';

const calendar2026 = {
  // 国庆节 2026: 10-01 to 10-07 off, make-up working day Saturday 10-10 (holidays.md)
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({
    date,
  })),
  makeUpWorkdays: [{ date: '2026-10-10' }],
};

describe('workingDaysLeft', () => {
  it('counts Monday to Friday after today up to the due day', () => {
    expect(workingDaysLeft('2026-12-04', '2026-12-08', calendar2026)).toBe(2);
    expect(workingDaysLeft('2026-12-04', '2026-12-04', calendar2026)).toBe(0);
  });

  it('skips holidays and counts make-up Saturdays [15.5]', () => {
    expect(workingDaysLeft('2026-09-30', '2026-10-12', calendar2026)).toBe(4);
  });

  it('is negative once the due day has passed', () => {
    expect(workingDaysLeft('2026-12-08', '2026-12-04', calendar2026)).toBe(-2);
  });
});
