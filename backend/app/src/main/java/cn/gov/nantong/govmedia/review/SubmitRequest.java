package cn.gov.nantong.govmedia.review;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Schema(description = "提交审核 / submit for review")
record SubmitRequest(
        @Schema(description = "Warnings of the automatic check were read and accepted (recorded in the audit trail)", example = "true")
        Boolean acknowledgeWarnings,
        @Schema(example = "0") @NotNull @PositiveOrZero Long version) {
}
