import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import {
  api,
  deviceId,
  fetchComplaintPhoto,
  submitComplaint,
  type Platform,
  type SubmitComplaintRequest,
} from './api';

/** react-query hooks of the public app: every call of /api/public/** goes through here. */

export function useVerify(params: { name: string; platform?: Platform } | undefined) {
  return useQuery({
    queryKey: ['m', 'verify', params],
    enabled: !!params,
    queryFn: async () => {
      const { data } = await api.GET('/api/public/v1/accounts/verify', {
        params: { query: { name: params!.name, platform: params!.platform } },
        headers: { 'X-Device-Id': deviceId() },
      });
      return data!;
    },
  });
}

export function useFaqSuggestions(q: string, organizationId?: number) {
  const text = q.trim();
  return useQuery({
    queryKey: ['m', 'faqs', text, organizationId],
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const { data } = await api.GET('/api/public/v1/faqs', {
        params: { query: { q: text, organizationId, size: 5 } },
      });
      return data!.items;
    },
  });
}

export function useOrganizations() {
  return useQuery({
    queryKey: ['m', 'directory', 'organizations'],
    staleTime: 10 * 60_000,
    queryFn: async () => {
      const { data } = await api.GET('/api/public/v1/directory/organizations');
      return data!;
    },
  });
}

export function useOrganizationAccounts(organizationId: number | undefined) {
  return useQuery({
    queryKey: ['m', 'directory', 'accounts', organizationId],
    enabled: organizationId !== undefined,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const { data } = await api.GET(
        '/api/public/v1/directory/organizations/{organizationId}/accounts',
        { params: { path: { organizationId: organizationId! } } },
      );
      return data!;
    },
  });
}

export function useSubmitComplaint() {
  return useMutation({
    mutationFn: (input: { body: SubmitComplaintRequest; photos: File[]; key: string }) =>
      submitComplaint(input.body, input.photos, input.key),
  });
}

export function useComplaintStatus(query: { trackingNumber: string; token: string } | undefined) {
  return useQuery({
    queryKey: ['m', 'status', query],
    enabled: !!query,
    queryFn: async () => {
      const { data } = await api.GET('/api/public/v1/complaints/{trackingNumber}', {
        params: {
          path: { trackingNumber: query!.trackingNumber },
          header: { 'X-Query-Token': query!.token },
        },
      });
      return data!;
    },
  });
}

/** A photo of the submission as a Blob (shown through an object URL). */
export function useComplaintPhoto(trackingNumber: string, token: string, photoId: number) {
  return useQuery({
    queryKey: ['m', 'photo', trackingNumber, photoId],
    staleTime: Infinity,
    queryFn: () => fetchComplaintPhoto(trackingNumber, token, photoId),
  });
}

export function useRebuttalFeed() {
  return useInfiniteQuery({
    queryKey: ['m', 'rebuttals'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => {
      const { data } = await api.GET('/api/public/v1/rumour-rebuttals/feed', {
        params: { query: { after: pageParam, size: 10 } },
      });
      return data!;
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useRebuttal(id: number) {
  return useQuery({
    queryKey: ['m', 'rebuttal', id],
    queryFn: async () => {
      const { data } = await api.GET('/api/public/v1/rumour-rebuttals/{id}', {
        params: { path: { id } },
      });
      return data!;
    },
  });
}

export function useClosureAnnouncements() {
  return useQuery({
    queryKey: ['m', 'closures'],
    queryFn: async () => {
      const { data } = await api.GET('/api/public/v1/closure-announcements', {
        params: { query: { page: 1, size: 50 } },
      });
      return data!.items;
    },
  });
}

export function useSupervisionNotices() {
  return useQuery({
    queryKey: ['m', 'notices'],
    queryFn: async () => {
      const { data } = await api.GET('/api/public/v1/supervision-notices', {
        params: { query: { page: 1, size: 50 } },
      });
      return data!.items;
    },
  });
}

export function useSupervisionNotice(id: number) {
  return useQuery({
    queryKey: ['m', 'notice', id],
    queryFn: async () => {
      const { data } = await api.GET('/api/public/v1/supervision-notices/{id}', {
        params: { path: { id } },
      });
      return data!;
    },
  });
}
