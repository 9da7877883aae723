package cn.gov.nantong.govmedia.counterfeit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "假冒账号核查 / a counterfeit investigation (Art 30)")
record CounterfeitResponse(
        @Schema(example = "7") long complaintId,
        @Schema(example = "TS2026112800007") String trackingNumber,
        @Schema(example = "CONFIRMED_FAKE") InvestigationStatus status,
        @Schema(example = "DOUYIN") String suspectPlatform,
        @Schema(example = "崇川教育发布") String suspectName,
        @Nullable String suspectLink,
        @Schema(example = "19") long impersonatedOrganizationId,
        @Schema(example = "南通市崇川区教育体育局") String impersonatedOrganizationName,
        @Schema(description = "The competent authority reported to", example = "18") @Nullable Long authorityOrganizationId,
        @Schema(example = "南通市崇川区人民政府办公室") @Nullable String authorityOrganizationName,
        @Schema(description = "The report to the competent authority") @Nullable String authorityReport,
        @Nullable String reason,
        @Nullable String decidedBy,
        @Nullable OffsetDateTime decidedAt,
        @Schema(description = "GET /api/v1/complaints/{id}/letter.pdf is available", example = "true") boolean letterAvailable,
        OffsetDateTime createdAt) {
}
