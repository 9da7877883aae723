import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type {
  AssessmentItem,
  AssessmentItemUpdate,
  Commendation,
  CommendationKind,
  CommendationRequest,
} from '../../api/types';
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

export interface CommendationQuery {
  year: number;
  kind?: CommendationKind;
  page: number;
  size: number;
}

/** 表彰 (Art 33.1) of one year in the caller's subtree. */
export function useCommendations(query: CommendationQuery) {
  return useQuery({
    queryKey: supervisionKeys.commendations(query),
    queryFn: () => unwrap(api.GET('/api/v1/commendations', { params: { query } })),
  });
}

export function recordCommendation(body: CommendationRequest) {
  return unwrap(api.POST('/api/v1/commendations', { body }));
}

export function removeCommendation(commendation: Commendation) {
  return unwrap(
    api.DELETE('/api/v1/commendations/{id}', {
      params: { path: { id: commendation.id }, query: { version: commendation.version } },
    }),
  );
}

/** 公开发布 (Art 32.6): the city's assessment notice of the year, as a snapshot without personal data. */
export function releaseAssessmentNotice(year: number) {
  return unwrap(api.POST('/api/v1/supervision/notices', { body: { kind: 'ASSESSMENT', year } }));
}
