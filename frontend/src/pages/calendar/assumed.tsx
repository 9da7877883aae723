import { Alert, Typography } from 'antd';
import { Link } from 'react-router';
import { useCalendarYear } from './queries';
import { todayInShanghai } from '../../utils/dates';

/** Whether the year's State Council holiday notice is on file; undefined while unknown. */
function useYearKnown(year: number | undefined): boolean | undefined {
  return useCalendarYear(year).data?.known;
}

/**
 * Says so next to a deadline whose year has no holiday data: it was counted Monday to Friday (the API's fallback) and
 * may move once the year's notice is entered.
 */
export function AssumedWeekdaysNote({ date }: { date: string | null | undefined }) {
  const year = date ? Number(date.slice(0, 4)) : undefined;
  const known = useYearKnown(year);
  if (known !== false) return null;
  return (
    <Typography.Text type="warning" data-testid="assumed-weekdays">
      （{year} 年无节假日数据，按周一至周五计算）
    </Typography.Text>
  );
}

/** From 1 October, tells CITY_ADMIN when next year's holidays are not loaded yet. */
export function NextYearCalendarReminder() {
  const today = todayInShanghai();
  const due = Number(today.slice(5, 7)) >= 10;
  const nextYear = Number(today.slice(0, 4)) + 1;
  const known = useYearKnown(due ? nextYear : undefined);
  if (!due || known !== false) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="calendar-reminder"
      title={`尚未录入 ${nextYear} 年节假日安排`}
      description={
        <>
          国务院办公厅发布通知后请及时录入；在此之前，跨入 {nextYear} 年的期限均按周一至周五计算。
          <Link to="/calendar">去录入</Link>
        </>
      }
    />
  );
}
