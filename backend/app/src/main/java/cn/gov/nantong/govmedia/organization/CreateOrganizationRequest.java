package cn.gov.nantong.govmedia.organization;

import cn.gov.nantong.govmedia.common.validation.CreditCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

@Schema(description = "新建单位 / create an organization")
record CreateOrganizationRequest(
        @Schema(example = "CC-CULTURE") @NotBlank @Size(min = 2, max = 64) @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]*$") String code,
        @Schema(example = "南通市崇川区文化广电和旅游局") @NotBlank @Size(max = 100) String name,
        @Schema(example = "崇川区文广旅局") @Size(max = 50) String shortName,
        @Schema(example = "DEPARTMENT") @NotNull OrganizationType type,
        @Schema(example = "COUNTY") @NotNull OrganizationLevel level,
        @Schema(example = "320613") @NotBlank @Pattern(regexp = "^[0-9]{6}$") String divisionCode,
        @Schema(description = "Required except for internal units", example = "11320613MB00030010") @CreditCode String creditCode,
        @Schema(example = "7") @NotNull @Positive Long parentId,
        @Schema(example = "18") @Positive Long competentAuthorityId,
        @Schema(example = "5") @Min(0) @Max(9999) Integer sortOrder) {
}
