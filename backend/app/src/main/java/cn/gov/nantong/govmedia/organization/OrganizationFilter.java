package cn.gov.nantong.govmedia.organization;

/** Filters of the flat organization list; all optional. */
record OrganizationFilter(String q, OrganizationType type, OrganizationLevel level, String divisionCode, Long parentId) {
}
