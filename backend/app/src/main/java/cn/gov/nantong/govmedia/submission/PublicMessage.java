package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.complaint.ComplaintKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "公开的留言与答复 / a moderated submission shown to the public with its reply, personal data masked (Art 24)")
record PublicMessage(
        @Schema(example = "CONSULTATION") ComplaintKind kind,
        @Schema(example = "孩子转学需要哪些材料？") String title,
        @Schema(example = "我家孩子今年转学到崇川区，联系电话 138****5678。") String content,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "崇川教育") @Nullable String accountName,
        @Schema(example = "2026-11-20") LocalDate receivedOn,
        @Schema(example = "请携带户口簿和学籍证明到区教育体育局办理。") @Nullable String reply,
        @Nullable OffsetDateTime repliedAt) {
}
