import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';

/** A year's State Council holidays and make-up working days (shared by every page that counts working days). */
export function useCalendarYear(year: number | undefined) {
  return useQuery({
    queryKey: ['calendar', 'year', year ?? 0],
    queryFn: () =>
      unwrap(api.GET('/api/v1/calendar/{year}', { params: { path: { year: year ?? 0 } } })),
    enabled: year !== undefined,
    staleTime: 10 * 60_000,
  });
}
