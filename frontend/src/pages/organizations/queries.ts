import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { OrganizationNode } from '../../api/types';

export const organizationKeys = {
  all: ['organizations'] as const,
  tree: () => [...organizationKeys.all, 'tree'] as const,
  search: (query: OrganizationQuery) => [...organizationKeys.all, 'list', query] as const,
  detail: (id: number) => [...organizationKeys.all, 'detail', id] as const,
};

export interface OrganizationQuery {
  q?: string;
  page: number;
  size: number;
  sort?: string;
}

/** The flat list searched by name, short name or code; nothing is asked without a search. */
export function useOrganizationSearch(query: OrganizationQuery) {
  return useQuery({
    queryKey: organizationKeys.search(query),
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query } })),
    enabled: !!query.q,
  });
}

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

export interface OrganizationTreeOption {
  value: number;
  title: string;
  children: OrganizationTreeOption[];
}

/** The organization tree as TreeSelect options (value = id). */
export function toTreeOptions(nodes: OrganizationNode[] | undefined): OrganizationTreeOption[] {
  return (nodes ?? []).map((node) => ({
    value: node.id ?? 0,
    title: node.name ?? '',
    children: toTreeOptions(node.children),
  }));
}
