package cn.gov.nantong.govmedia.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "单位 / a government unit")
public record OrganizationResponse(
        @Schema(example = "19") long id,
        @Schema(description = "Stable code, also the organization claim of access tokens", example = "CC-EDU") String code,
        @Schema(example = "南通市崇川区教育体育局") String name,
        @Schema(example = "崇川区教体局") @Nullable String shortName,
        @Schema(example = "DEPARTMENT") OrganizationType type,
        @Schema(example = "COUNTY") OrganizationLevel level,
        @Schema(description = "Administrative division code", example = "320613") String divisionCode,
        @Schema(description = "Unified social credit code (GB 32100)", example = "11320613MB0001333U") @Nullable String creditCode,
        @Schema(example = "7") @Nullable Long parentId,
        @Schema(description = "主管单位 id", example = "18") @Nullable Long competentAuthorityId,
        @Schema(example = "南通市崇川区人民政府办公室") @Nullable String competentAuthorityName,
        @Schema(description = "Depth in the tree, the city government is 1", example = "3") int depth,
        @Schema(example = "2") int sortOrder,
        @Schema(description = "Whether the unit must run an account (Art 11)", example = "REQUIRED") AccountObligation accountObligation,
        @Schema(description = "Why, for an exemption or a change from the default", example = "涉密单位") @Nullable String obligationReason,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Optimistic-lock version", example = "0") long version) {
}
