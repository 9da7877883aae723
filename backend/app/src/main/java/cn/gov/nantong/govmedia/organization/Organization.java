package cn.gov.nantong.govmedia.organization;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One row of the organizations table, with the competent authority's name joined in. */
record Organization(long id, String code, String name, String shortName, OrganizationType type,
                    OrganizationLevel level, String divisionCode, String creditCode, Long parentId,
                    Long competentAuthorityId, String competentAuthorityName, String path, int depth,
                    int sortOrder, AccountObligation accountObligation,
                    @Nullable String obligationReason, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
}
