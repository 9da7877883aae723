import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import { supervisionKeys } from '../supervision/keys';

export function useAssessmentItems() {
  return useQuery({
    queryKey: supervisionKeys.assessmentItems(),
    queryFn: () => unwrap(api.GET('/api/v1/assessment-items')),
  });
}

export function useAssessments(year: number) {
  return useQuery({
    queryKey: supervisionKeys.assessments(year),
    queryFn: () => unwrap(api.GET('/api/v1/assessments/{year}', { params: { path: { year } } })),
  });
}
