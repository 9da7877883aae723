package cn.gov.nantong.govmedia.coverage;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "一个县（市、区）的开设覆盖 / how many obliged units of a county run a live account")
record CountyCoverage(
        @Schema(example = "320613") String divisionCode,
        @Schema(example = "南通市崇川区人民政府") String countyName,
        @Schema(description = "Units that must run an account (Art 11)", example = "12") long obliged,
        @Schema(description = "Of those, units with a live account", example = "11") long covered,
        @Schema(description = "Obliged units without one", example = "1") long uncovered) {
}
