package cn.gov.nantong.govmedia.organization;

/**
 * Kinds of government unit. A GOVERNMENT_OFFICE is a competent authority, and so is a department's INTERNAL_UNIT the
 * department designates for its own new media (Art 6); an INTERNAL_UNIT cannot host (Art 12).
 */
public enum OrganizationType {
    GOVERNMENT, GOVERNMENT_OFFICE, DEPARTMENT, ZONE_COMMITTEE, INTERNAL_UNIT
}
