import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { AssessmentItem, AssessmentItemUpdate } from '../../api/types';
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

/** 修改考核项, on the version read (a stale one is refused with 409). */
export function updateAssessmentItem(item: AssessmentItem, values: AssessmentItemUpdate) {
  return unwrap(
    api.PUT('/api/v1/assessment-items/{id}', {
      params: { path: { id: item.id } },
      body: { ...values, name: values.name.trim(), version: item.version },
    }),
  );
}
