package cn.gov.nantong.govmedia.organization;

/** Kinds of government unit. Only GOVERNMENT_OFFICE can be a competent authority; INTERNAL_UNIT cannot host (Art 12). */
public enum OrganizationType {
    GOVERNMENT, GOVERNMENT_OFFICE, DEPARTMENT, ZONE_COMMITTEE, INTERNAL_UNIT
}
