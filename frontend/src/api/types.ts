import type { components } from './schema';

/** Aliases of generated schema types (never hand-written shapes). */
export type Schemas = components['schemas'];
export type Me = Schemas['Me'];
export type Role = NonNullable<Me['roles']>[number];
export type OrganizationNode = Schemas['OrganizationNode'];
export type OrganizationResponse = Schemas['OrganizationResponse'];
export type CreateOrganizationRequest = Schemas['CreateOrganizationRequest'];
export type UpdateOrganizationRequest = Schemas['UpdateOrganizationRequest'];
export type OrganizationType = NonNullable<OrganizationResponse['type']>;
export type OrganizationLevel = NonNullable<OrganizationResponse['level']>;
export type AuditEvent = Schemas['AuditEventResponse'];
export type AuditVerification = Schemas['AuditVerification'];
export type Problem = Schemas['Problem'];
