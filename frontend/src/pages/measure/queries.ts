import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { MeasureType } from '../../api/types';
import { supervisionKeys } from '../supervision/keys';
import { measureBody, type MeasureValues } from './values';

export function useMeasures(query: { type?: MeasureType; page: number; size: number }) {
  return useQuery({
    queryKey: supervisionKeys.measures(query),
    queryFn: () => unwrap(api.GET('/api/v1/measures', { params: { query } })),
  });
}

export function recordMeasure(values: MeasureValues) {
  return unwrap(api.POST('/api/v1/measures', { body: measureBody(values) }));
}
