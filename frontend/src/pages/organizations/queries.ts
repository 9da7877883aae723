import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';

export const organizationKeys = {
  all: ['organizations'] as const,
  tree: () => [...organizationKeys.all, 'tree'] as const,
  search: (q: string, page: number, size: number) =>
    [...organizationKeys.all, 'list', { q, page, size }] as const,
  detail: (id: number) => [...organizationKeys.all, 'detail', id] as const,
};

export function useOrganizationTree() {
  return useQuery({
    queryKey: organizationKeys.tree(),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/tree')),
  });
}

export function useOrganization(id: number | undefined) {
  return useQuery({
    queryKey: organizationKeys.detail(id ?? 0),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
  });
}
