package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.review.Classification;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Schema(description = "送审辟谣 / send a rebuttal to review")
record ReviewRequest(
        @Schema(description = "读取时的版本号（乐观锁）", example = "0") @NotNull @PositiveOrZero Long version,
        @Schema(description = "审核分级：辟谣至少为 IMPORTANT；涉及重大敏感事项自动升为 MAJOR（第十七、二十三条）。默认 IMPORTANT",
                example = "IMPORTANT") Classification classification) {
}
