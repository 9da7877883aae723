import dayjs from 'dayjs';

export interface YearCalendar {
  holidays: readonly { date: string }[];
  makeUpWorkdays: readonly { date: string }[];
}

/**
 * Working days from `today` (exclusive) to `due` (inclusive), as the API counts them: Monday to Friday, minus the
 * State Council's holidays, plus its make-up working days. Negative when `due` has passed; 0 on the due day.
 */
export function workingDaysLeft(
  today: string,
  due: string,
  calendar: YearCalendar | undefined,
): number {
  const holidays = new Set(calendar?.holidays.map((day) => day.date));
  const makeUp = new Set(calendar?.makeUpWorkdays.map((day) => day.date));
  const working = (date: dayjs.Dayjs) => {
    const iso = date.format('YYYY-MM-DD');
    if (makeUp.has(iso)) return true;
    return date.day() !== 0 && date.day() !== 6 && !holidays.has(iso);
  };
  const from = dayjs(today);
  const to = dayjs(due);
  const forward = !to.isBefore(from);
  let count = 0;
  for (let date = from; forward ? date.isBefore(to) : date.isAfter(to);) {
    date = date.add(forward ? 1 : -1, 'day');
    if (working(date)) count += forward ? 1 : -1;
  }
  return count;
}
