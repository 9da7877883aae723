package cn.gov.nantong.govmedia.organization;

/** What other features need to know of an organization. */
public record OrganizationSummary(long id, String code, String name, OrganizationType type, OrganizationLevel level,
                                  Long parentId, Long competentAuthorityId, String path, String divisionCode, String creditCode) {
}
