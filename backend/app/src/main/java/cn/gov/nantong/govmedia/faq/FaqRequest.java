package cn.gov.nantong.govmedia.faq;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "新建或修改答问 / an FAQ entry to create or replace")
record FaqRequest(
        @Schema(description = "Host organization; the caller's own when absent", example = "19") @Positive @Nullable Long organizationId,
        @Schema(example = "孩子转学需要哪些材料？") @NotBlank @Size(max = 300) String question,
        @Schema(example = "请携带户口簿和学籍证明到区教育体育局办理。") @NotBlank @Size(max = 5000) String answer,
        @Schema(description = "Shown publicly; default true", example = "true") @Nullable Boolean published,
        @Schema(description = "Required when replacing: the version read", example = "0") @PositiveOrZero @Nullable Long version) {
}
