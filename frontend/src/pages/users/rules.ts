import { ALL_ROLES } from '../../access';
import type {
  OrganizationLevel,
  OrganizationNode,
  OrganizationType,
  Role,
  UserResponse,
} from '../../api/types';

const CITY_WIDE: readonly Role[] = ['CITY_ADMIN', 'AUDITOR'];

/**
 * Mirrors the API's role fit: city-wide roles in the city office; SUPERVISOR in a government office or in an internal
 * unit (the API accepts it only when the department designated the unit as its competent authority, Art 6); no other
 * role in an internal unit.
 */
export function fits(role: Role, type: OrganizationType, level: OrganizationLevel): boolean {
  if (CITY_WIDE.includes(role)) return type === 'GOVERNMENT_OFFICE' && level === 'CITY';
  if (role === 'SUPERVISOR') return type === 'GOVERNMENT_OFFICE' || type === 'INTERNAL_UNIT';
  return type !== 'INTERNAL_UNIT';
}

/** The roles the caller may give a user of `organization` (all the caller may grant while none is chosen). */
export function grantableRoles(
  callerRoles: readonly string[],
  organization?: Pick<OrganizationNode, 'type' | 'level'>,
): Role[] {
  const cityAdmin = callerRoles.includes('CITY_ADMIN');
  return ALL_ROLES.filter(
    (role) =>
      (cityAdmin || !CITY_WIDE.includes(role)) &&
      (!organization?.type ||
        !organization.level ||
        fits(role, organization.type, organization.level)),
  );
}

/** Only a CITY_ADMIN changes a user who holds a city-wide role. */
export function mayModify(callerRoles: readonly string[], user: UserResponse): boolean {
  return callerRoles.includes('CITY_ADMIN') || !user.roles.some((role) => CITY_WIDE.includes(role));
}

/** The node with `id` anywhere in the tree. */
export function findOrganization(
  nodes: OrganizationNode[] | undefined,
  id: number | undefined,
): OrganizationNode | undefined {
  for (const node of nodes ?? []) {
    if (node.id === id) return node;
    const found = findOrganization(node.children, id);
    if (found) return found;
  }
  return undefined;
}
