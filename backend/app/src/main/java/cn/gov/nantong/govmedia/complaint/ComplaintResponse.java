package cn.gov.nantong.govmedia.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "公众提交（管理端） / a submission as staff see it; the submitter's contact is read separately")
public record ComplaintResponse(
        @Schema(example = "1") long id,
        @Schema(example = "TS2026112800001") String trackingNumber,
        @Schema(example = "CONSULTATION") ComplaintKind kind,
        @Schema(example = "1") @Nullable Long accountId,
        @Schema(example = "崇川教育") @Nullable String accountName,
        @Schema(description = "The host organization answering for the target", example = "19") long targetOrganizationId,
        @Schema(example = "南通市崇川区教育体育局") String targetOrganizationName,
        @Schema(example = "孩子转学需要哪些材料？") String title,
        @Schema(example = "我家孩子明年春季从海门转学到崇川区，请问需要准备哪些材料？") String content,
        @Schema(example = "https://mp.weixin.qq.com/s/abc") @Nullable String errorUrl,
        @Schema(example = "DOUYIN") @Nullable String suspectPlatform,
        @Schema(example = "崇川教育发布") @Nullable String suspectName,
        @Nullable String suspectLink,
        @Schema(example = "FORWARDED") ComplaintStatus status,
        @Schema(example = "PUBLISHED") Moderation moderation,
        @Nullable String moderationReason,
        @Schema(example = "23") @Nullable Long forwardedToOrganizationId,
        @Schema(example = "南通市崇川区卫生健康委员会") @Nullable String forwardedToOrganizationName,
        @Nullable String forwardNote,
        @Schema(description = "Reply due (5 working days by default, or the forward's own date)", example = "2026-12-07") LocalDate dueOn,
        @Schema(description = "Open, not hidden, and past its due date", example = "false") boolean overdue,
        @Schema(description = "Public reply, personal data masked") @Nullable String reply,
        @Nullable String repliedBy,
        @Nullable OffsetDateTime repliedAt,
        @Nullable OffsetDateTime closedAt,
        @Schema(description = "Whether the submitter left contact data", example = "true") boolean hasContact,
        @Schema(description = "COUNTERFEIT_REPORT: the investigation's status", example = "VERIFYING") @Nullable String investigationStatus,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "3") long version) {
}
