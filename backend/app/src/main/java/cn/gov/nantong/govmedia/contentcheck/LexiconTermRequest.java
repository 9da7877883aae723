package cn.gov.nantong.govmedia.contentcheck;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "新增词条 / add a term")
record LexiconTermRequest(
        @Schema(example = "限时抢购") @NotBlank @Size(max = 100) String term,
        @Schema(description = "Shown with the finding (for wording errors: the correct form)", example = "删除商业推广用语")
        @Size(max = 100) String suggestion) {
}
