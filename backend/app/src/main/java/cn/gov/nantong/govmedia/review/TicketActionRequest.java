package cn.gov.nantong.govmedia.review;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Schema(description = "审核决定 / a decision on the current step")
record TicketActionRequest(
        @Schema(example = "APPROVE") @NotNull Decision decision,
        @Schema(example = "同意发布") @Size(max = 1000) String comment,
        @Schema(description = "The version read; a decision on a step that moved on is refused with 409", example = "2")
        @NotNull @PositiveOrZero Long version) {

    enum Decision { APPROVE, RETURN, REJECT }
}
