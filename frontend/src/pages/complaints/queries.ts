import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type {
  ComplaintKind,
  ComplaintResponse,
  ComplaintStatus,
  ModerationRequest,
} from '../../api/types';

/** The filters above the 互动 queue, as the form holds them. */
export interface ComplaintFilters {
  kind?: ComplaintKind;
  status?: ComplaintStatus;
  overdue?: boolean;
  organizationId?: number;
  q?: string;
}

/** Query parameters of GET /api/v1/complaints (all filtering is done by the API). */
export interface ComplaintQuery extends ComplaintFilters {
  page: number;
  size: number;
  sort?: string;
}

/** Unset filters, blank searches and a `false` 逾期 are left out of the query string. */
export function complaintQuery(
  filters: ComplaintFilters,
  page: number,
  size: number,
  sort?: string,
): ComplaintQuery {
  const query: ComplaintQuery = { page, size };
  if (filters.kind) query.kind = filters.kind;
  if (filters.status) query.status = filters.status;
  if (filters.overdue) query.overdue = true;
  if (filters.organizationId !== undefined) query.organizationId = filters.organizationId;
  const q = filters.q?.trim();
  if (q) query.q = q;
  if (sort) query.sort = sort;
  return query;
}

export const complaintKeys = {
  all: ['complaints'] as const,
  list: (query: ComplaintQuery) => [...complaintKeys.all, 'list', query] as const,
  detail: (id: number) => [...complaintKeys.all, 'detail', id] as const,
  timeline: (id: number) => [...complaintKeys.all, 'timeline', id] as const,
  photos: (id: number) => [...complaintKeys.all, 'photos', id] as const,
  photo: (id: number, photoId: number) => [...complaintKeys.all, 'photos', id, photoId] as const,
  counterfeits: (query: object) => [...complaintKeys.all, 'counterfeits', query] as const,
};

export function useComplaints(query: ComplaintQuery) {
  return useQuery({
    queryKey: complaintKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/complaints', { params: { query } })),
  });
}

export function useComplaint(id: number) {
  return useQuery({
    queryKey: complaintKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/complaints/{id}', { params: { path: { id } } })),
    enabled: Number.isFinite(id),
  });
}

export function useComplaintTimeline(id: number) {
  return useQuery({
    queryKey: complaintKeys.timeline(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/complaints/{id}/timeline', { params: { path: { id } } })),
    enabled: Number.isFinite(id),
  });
}

/** The photos the submitter attached (at most three). */
export function useComplaintPhotos(id: number) {
  return useQuery({
    queryKey: complaintKeys.photos(id),
    queryFn: () => unwrap(api.GET('/api/v1/complaints/{id}/photos', { params: { path: { id } } })),
    enabled: Number.isFinite(id),
  });
}

/** One photo's bytes: an <img> cannot send the bearer token, so the image is fetched and shown from a blob. */
export function useComplaintPhotoBlob(id: number, photoId: number) {
  return useQuery({
    queryKey: complaintKeys.photo(id, photoId),
    queryFn: async () => {
      const { data } = await api.GET('/api/v1/complaints/{id}/photos/{photoId}', {
        params: { path: { id, photoId } },
        parseAs: 'blob',
        headers: { Accept: 'image/jpeg, image/png, application/problem+json' },
      });
      if (!data) throw new Error('照片加载失败');
      return data;
    },
    staleTime: Infinity,
  });
}

export interface ModerationValues {
  action?: ModerationRequest['action'];
  reason?: string;
}

/** 审核: publish, or hide with a reason. */
export function moderateComplaint(complaint: ComplaintResponse, values: ModerationValues) {
  return unwrap(
    api.POST('/api/v1/complaints/{id}/moderation', {
      params: { path: { id: complaint.id } },
      body: {
        action: values.action ?? 'PUBLISH',
        reason: values.reason?.trim() || undefined,
        version: complaint.version,
      },
    }),
  );
}

export interface ForwardValues {
  organizationId?: number;
  dueInWorkingDays?: number;
  note?: string;
}

/** 转办: to a business department, due in working days. */
export function forwardComplaint(complaint: ComplaintResponse, values: ForwardValues) {
  return unwrap(
    api.POST('/api/v1/complaints/{id}/forward', {
      params: { path: { id: complaint.id } },
      body: {
        organizationId: values.organizationId ?? 0,
        dueInWorkingDays: values.dueInWorkingDays ?? 5,
        note: values.note?.trim() || undefined,
        version: complaint.version,
      },
    }),
  );
}

export interface PromoteValues {
  question?: string;
  answer?: string;
}

/** 加入答问库: an answered consultation becomes an FAQ entry. */
export function promoteToFaq(id: number, values: PromoteValues) {
  return unwrap(
    api.POST('/api/v1/complaints/{id}/promote-to-faq', {
      params: { path: { id } },
      body: { question: values.question?.trim(), answer: values.answer?.trim() },
    }),
  );
}
