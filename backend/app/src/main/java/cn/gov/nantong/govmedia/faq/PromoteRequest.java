package cn.gov.nantong.govmedia.faq;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "加入咨询答问库 / promote an answered consultation; question and answer default to its title and reply")
record PromoteRequest(
        @Schema(example = "孩子转学需要哪些材料？") @Size(max = 300) @Nullable String question,
        @Schema(example = "请携带户口簿和学籍证明到区教育体育局办理。") @Size(max = 5000) @Nullable String answer) {
}
