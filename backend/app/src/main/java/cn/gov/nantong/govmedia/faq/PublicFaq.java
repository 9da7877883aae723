package cn.gov.nantong.govmedia.faq;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

@Schema(description = "公开的答问 / a published FAQ entry")
record PublicFaq(
        @Schema(example = "1") long id,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "孩子转学需要哪些材料？") String question,
        @Schema(example = "请携带户口簿和学籍证明到区教育体育局办理。") String answer,
        OffsetDateTime updatedAt) {
}
