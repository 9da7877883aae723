import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { MeasureType } from '../../api/types';
import { supervisionKeys } from '../supervision/keys';

export function useMeasures(type: MeasureType | undefined, page: number, size: number) {
  return useQuery({
    queryKey: supervisionKeys.measures(type, page, size),
    queryFn: () => unwrap(api.GET('/api/v1/measures', { params: { query: { type, page, size } } })),
  });
}
