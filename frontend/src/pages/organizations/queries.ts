import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/http';
import type {
  CreateOrganizationRequest,
  OrganizationNode,
  OrganizationResponse,
  SignOffDesignation,
  UpdateOrganizationRequest,
} from '../../api/types';

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

/** The values of the 新建 / 编辑单位 form. */
export type OrganizationValues = Required<
  Pick<CreateOrganizationRequest, 'name' | 'type' | 'divisionCode'>
> &
  Pick<
    CreateOrganizationRequest,
    | 'code'
    | 'level'
    | 'shortName'
    | 'creditCode'
    | 'parentId'
    | 'competentAuthorityId'
    | 'sortOrder'
  >;

function blankToUndefined(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/** Creates an organization, or changes `organization` (whose code and level stay). */
export function saveOrganization(
  values: OrganizationValues,
  organization: OrganizationResponse | undefined,
) {
  const common = {
    name: values.name.trim(),
    shortName: blankToUndefined(values.shortName),
    type: values.type,
    divisionCode: values.divisionCode,
    creditCode: blankToUndefined(values.creditCode),
    parentId: values.parentId,
    competentAuthorityId: values.competentAuthorityId ?? undefined,
    sortOrder: values.sortOrder ?? undefined,
  };
  if (organization) {
    const body: UpdateOrganizationRequest = { ...common, version: organization.version };
    return unwrap(
      api.PATCH('/api/v1/organizations/{id}', {
        params: { path: { id: organization.id ?? 0 } },
        body,
      }),
    );
  }
  const body: CreateOrganizationRequest = {
    ...common,
    code: values.code ?? '',
    level: values.level ?? 'COUNTY',
    parentId: values.parentId ?? 0,
  };
  return unwrap(api.POST('/api/v1/organizations', { body }));
}

export const signerKey = (id: number) => ['sign-off-designation', id] as const;

/** Whom the caller may designate as the host's signer: its enabled reviewers and leaders, by name. */
export function useSignOffCandidates(id: number) {
  return useQuery({
    queryKey: [...signerKey(id), 'candidates'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/sign-off-designations/{hostOrganizationId}/candidates', {
          params: { path: { hostOrganizationId: id } },
        }),
      ),
  });
}

/** The host's designated signer of GENERAL content (Art 17); null while none is designated. */
export function useSignOffDesignation(id: number | undefined) {
  return useQuery({
    queryKey: signerKey(id ?? 0),
    queryFn: async (): Promise<SignOffDesignation | null> => {
      try {
        return await unwrap(
          api.GET('/api/v1/sign-off-designations/{hostOrganizationId}', {
            params: { path: { hostOrganizationId: id ?? 0 } },
          }),
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: id !== undefined,
  });
}

export function signerText(designation: SignOffDesignation | null | undefined): string {
  if (!designation) return '未指定（由本单位分管或主要领导签发）';
  const { signer, deputy } = designation;
  return `${signer.displayName}（${signer.username}）${deputy ? `，代签：${deputy.displayName}（${deputy.username}）` : ''}`;
}
