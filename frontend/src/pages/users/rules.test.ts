import type { UserResponse } from '../../api/types';
import { findOrganization, grantableRoles, mayModify } from './rules';

describe('user rules (mirroring the API)', () => {
  it('offers the city-wide roles only to a CITY_ADMIN, and only in the city government office', () => {
    const cityOffice = { type: 'GOVERNMENT_OFFICE', level: 'CITY' } as const;
    expect(grantableRoles(['CITY_ADMIN'], cityOffice)).toContain('AUDITOR');
    expect(grantableRoles(['SUPERVISOR'], cityOffice)).not.toContain('AUDITOR');
    expect(grantableRoles(['SUPERVISOR'], cityOffice)).not.toContain('CITY_ADMIN');
    expect(grantableRoles(['CITY_ADMIN'], { type: 'GOVERNMENT_OFFICE', level: 'COUNTY' })).toEqual([
      'SUPERVISOR',
      'OPERATOR',
      'REVIEWER',
      'DEPUTY_LEADER',
      'PRINCIPAL_LEADER',
      'HANDLER',
    ]);
  });

  it('gives a department the roles of a host organization and an internal unit only SUPERVISOR [6.1]', () => {
    expect(grantableRoles(['CITY_ADMIN'], { type: 'DEPARTMENT', level: 'COUNTY' })).toEqual([
      'OPERATOR',
      'REVIEWER',
      'DEPUTY_LEADER',
      'PRINCIPAL_LEADER',
      'HANDLER',
    ]);
    expect(grantableRoles(['CITY_ADMIN'], { type: 'INTERNAL_UNIT', level: 'CITY' })).toEqual([
      'SUPERVISOR',
    ]);
  });

  it('keeps a supervisor away from users with a city-wide role', () => {
    const auditor = { roles: ['AUDITOR'] } as UserResponse;
    expect(mayModify(['SUPERVISOR'], auditor)).toBe(false);
    expect(mayModify(['CITY_ADMIN'], auditor)).toBe(true);
    expect(mayModify(['SUPERVISOR'], { roles: ['OPERATOR'] } as UserResponse)).toBe(true);
  });

  it('finds an organization anywhere in the tree', () => {
    const tree = [{ id: 1, children: [{ id: 7, children: [{ id: 19, name: '教体局' }] }] }];
    expect(findOrganization(tree as never, 19)?.name).toBe('教体局');
    expect(findOrganization(tree as never, 5)).toBeUndefined();
  });
});
