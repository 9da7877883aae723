package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.complaint.ComplaintKind;
import cn.gov.nantong.govmedia.complaint.ComplaintStatus;
import cn.gov.nantong.govmedia.photo.PhotoInfo;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "办理进度 / what the submitter sees: status, public reply and dates, never contact data")
record ComplaintStatusView(
        @Schema(example = "TS2026112800001") String trackingNumber,
        @Schema(example = "CONSULTATION") ComplaintKind kind,
        @Schema(example = "孩子转学需要哪些材料？") String title,
        @Schema(example = "ANSWERED") ComplaintStatus status,
        @Schema(description = "The public reply, personal data masked", example = "请携带户口簿和学籍证明到区教育体育局办理。") @Nullable String reply,
        OffsetDateTime submittedAt,
        @Schema(example = "2026-12-07") LocalDate replyDueOn,
        @Nullable OffsetDateTime repliedAt,
        @Nullable OffsetDateTime closedAt,
        @Schema(description = "The photos sent with the submission (fetch each with the same query token)") List<PhotoInfo> photos) {
}
