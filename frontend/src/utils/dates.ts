import dayjs, { type Dayjs } from 'dayjs';

/** Today's date (YYYY-MM-DD) in Asia/Shanghai, whatever the browser's time zone. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function formatDate(value: string | undefined | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : '—';
}

export function formatTime(value: string | undefined | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

/** A DatePicker value as the API's ISO date. */
export function toIsoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}
