package cn.gov.nantong.govmedia.coverage;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "应开未开 / a unit that must run an account (Art 11) and has no live one")
record CoverageGap(
        @Schema(example = "19") long organizationId,
        @Schema(example = "CC-EDU") String organizationCode,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(description = "Administrative division code of the unit's county or district", example = "320613") String divisionCode,
        @Schema(example = "南通市崇川区人民政府") String countyName,
        @Schema(description = "Accounts whose opening is filed but not yet approved", example = "0") long pendingAccounts) {
}
