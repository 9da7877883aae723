package cn.gov.nantong.govmedia.organization;

import cn.gov.nantong.govmedia.common.validation.CreditCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Partial update: a missing (null) field keeps its value. */
@Schema(description = "修改单位（只改出现的字段） / partial update of an organization")
record UpdateOrganizationRequest(
        @Schema(example = "南通市崇川区教育体育局") @Size(min = 1, max = 100) String name,
        @Schema(example = "崇川区教体局") @Size(max = 50) String shortName,
        @Schema(example = "DEPARTMENT") OrganizationType type,
        @Schema(example = "320613") @Pattern(regexp = "^[0-9]{6}$") String divisionCode,
        @Schema(example = "11320613MB0001333U") @CreditCode String creditCode,
        @Schema(example = "7") @Positive Long parentId,
        @Schema(example = "18") @Positive Long competentAuthorityId,
        @Schema(example = "2") @Min(0) @Max(9999) Integer sortOrder,
        @Schema(description = "The version read; a stale one is refused with 409", example = "0") @PositiveOrZero Long version) {
}
