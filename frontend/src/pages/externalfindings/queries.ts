import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { ExternalFindingRequest } from '../../api/types';
import { supervisionKeys } from '../supervision/keys';

export const externalFindingKeys = {
  all: [...supervisionKeys.all, 'external-findings'] as const,
  list: (query: { page: number; size: number }) => [...externalFindingKeys.all, query] as const,
};

export function useExternalFindings(query: { page: number; size: number }) {
  return useQuery({
    queryKey: externalFindingKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/external-findings', { params: { query } })),
  });
}

/** 录入: the API opens the host's rectification task; a veto item zeroes the host's year (Art 32.3). */
export function enterExternalFinding(body: ExternalFindingRequest) {
  return unwrap(api.POST('/api/v1/external-findings', { body }));
}
