package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.contentcheck.Finding;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "审核单的一个内容版本 / one saved version of a ticket's content, for the reviewers' diff")
record TicketVersion(
        @Schema(example = "2") int number,
        @Schema(example = "崇川区中小学秋季运动会开幕") String title,
        String body,
        @Schema(example = "cc-operator") String createdBy,
        OffsetDateTime createdAt,
        @Schema(description = "What the automatic check found when this version was submitted; absent before its submission")
        @Nullable List<Finding> checkFindings,
        @Nullable OffsetDateTime checkedAt,
        @Schema(description = "Who confirmed the check's warnings on submitting (absent when there were none)", example = "cc-operator")
        @Nullable String warningsConfirmedBy,
        @Nullable OffsetDateTime warningsConfirmedAt) {
}
