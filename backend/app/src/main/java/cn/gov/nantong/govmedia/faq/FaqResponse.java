package cn.gov.nantong.govmedia.faq;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "咨询答问库条目 / an FAQ entry")
record FaqResponse(
        @Schema(example = "1") long id,
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "孩子转学需要哪些材料？") String question,
        @Schema(example = "请携带户口簿和学籍证明到区教育体育局办理。") String answer,
        @Schema(description = "Shown in the public search", example = "true") boolean published,
        @Schema(description = "The consultation it was promoted from", example = "1") @Nullable Long sourceComplaintId,
        @Schema(example = "cc-operator") String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "0") long version) {
}
