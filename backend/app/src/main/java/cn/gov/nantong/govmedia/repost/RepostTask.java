package cn.gov.nantong.govmedia.repost;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "转发任务 / a required repost, with the completion of its target accounts in the caller's scope")
record RepostTask(
        @Schema(example = "1") long id,
        @Schema(example = "学习贯彻党的二十届四中全会精神") String title,
        @Schema(example = "https://www.news.cn/politics/2026-11/28/c_1.htm") String sourceUrl,
        @Nullable String sourceTitle,
        @Nullable String note,
        @Schema(example = "2026-12-08") LocalDate deadline,
        @Schema(example = "OPEN") RepostTaskStatus status,
        @Schema(example = "1") long issuerOrganizationId,
        @Schema(example = "南通市委网信办") String issuerName,
        @Schema(example = "city-admin") String issuedBy,
        OffsetDateTime issuedAt,
        @Nullable String cancelledBy,
        @Nullable OffsetDateTime cancelledAt,
        @Nullable String cancelReason,
        @Schema(description = "Target accounts in the caller's scope", example = "3") long targets,
        @Schema(example = "1") long done,
        @Schema(example = "1") long pending,
        @Schema(example = "1") long overdue) {
}
