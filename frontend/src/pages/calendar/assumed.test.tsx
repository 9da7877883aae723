import { screen } from '@testing-library/react';
import { AssumedWeekdaysNote, NextYearCalendarReminder } from './assumed';
import { json, renderApp } from '../../test/http';

const year = (value: number, known: boolean) =>
  json({ year: value, known, holidays: [], makeUpWorkdays: [] });

describe('calendar without holiday data', () => {
  afterEach(() => vi.useRealTimers());

  it('warns from 1 October that next year is not loaded, and links to the calendar', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-10-01T01:00:00Z'));
    renderApp(<NextYearCalendarReminder />, {
      user: { roles: ['CITY_ADMIN'] },
      api: (_request, path) => (path === '/api/v1/calendar/2027' ? year(2027, false) : undefined),
    });
    expect(await screen.findByText('尚未录入 2027 年节假日安排')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '去录入' })).toHaveAttribute('href', '/calendar');
  });

  it('says nothing before October, and nothing once next year is loaded', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-09-30T01:00:00Z'));
    const { requests, unmount } = renderApp(<NextYearCalendarReminder />, {
      user: { roles: ['CITY_ADMIN'] },
      api: () => year(2027, false),
    });
    await screen.findByText((_, element) => element?.tagName === 'BODY');
    expect(requests.some((r) => r.url.includes('/calendar/'))).toBe(false);
    unmount();
    vi.setSystemTime(new Date('2026-11-02T01:00:00Z'));
    const loaded = renderApp(<NextYearCalendarReminder />, {
      user: { roles: ['CITY_ADMIN'] },
      api: (_request, path) => (path === '/api/v1/calendar/2027' ? year(2027, true) : undefined),
    });
    await vi.waitFor(() =>
      expect(loaded.client.getQueryData(['calendar', 'year', 2027])).toMatchObject({ known: true }),
    );
    expect(screen.queryByTestId('calendar-reminder')).not.toBeInTheDocument();
  });

  it('marks a deadline in a year without holiday data as counted Monday to Friday', async () => {
    renderApp(<AssumedWeekdaysNote date="2030-01-08" />, {
      api: (_request, path) => (path === '/api/v1/calendar/2030' ? year(2030, false) : undefined),
    });
    expect(await screen.findByTestId('assumed-weekdays')).toHaveTextContent(
      '2030 年无节假日数据，按周一至周五计算',
    );
  });
});
