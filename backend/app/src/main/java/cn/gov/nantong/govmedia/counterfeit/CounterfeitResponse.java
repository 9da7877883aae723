package cn.gov.nantong.govmedia.counterfeit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "假冒账号核查 / a counterfeit investigation (Art 30)")
record CounterfeitResponse(
        @Schema(example = "3") long id,
        @Schema(example = "PUBLIC_REPORT") CounterfeitSource source,
        @Schema(description = "The public report that opened it; none for a lead found by staff", example = "7") @Nullable Long complaintId,
        @Schema(example = "TS2026112800007") @Nullable String trackingNumber,
        @Schema(example = "CONFIRMED_FAKE") InvestigationStatus status,
        @Schema(example = "DOUYIN") String suspectPlatform,
        @Schema(example = "崇川教育发布") String suspectName,
        @Nullable String suspectLink,
        @Schema(example = "19") long impersonatedOrganizationId,
        @Schema(example = "南通市崇川区教育体育局") String impersonatedOrganizationName,
        @Schema(description = "How staff found it (线索)", example = "巡查中发现该账号冒用我局名义发布招生信息") @Nullable String lead,
        @Schema(example = "cc-operator") @Nullable String openedBy,
        @Schema(description = "The competent authority reported to", example = "18") @Nullable Long authorityOrganizationId,
        @Schema(example = "南通市崇川区人民政府办公室") @Nullable String authorityOrganizationName,
        @Schema(description = "The report to the competent authority") @Nullable String authorityReport,
        @Nullable String reason,
        @Nullable String decidedBy,
        @Nullable OffsetDateTime decidedAt,
        @Schema(description = "The letter to the platform (PDF) is available", example = "true") boolean letterAvailable,
        @Schema(description = "By when the platform must have closed the fake", example = "2026-12-11") @Nullable LocalDate takedownDeadline,
        @Schema(description = "When staff confirmed the fake is gone", example = "2026-12-09") @Nullable LocalDate takedownConfirmedOn,
        @Schema(example = "cc-operator") @Nullable String takedownConfirmedBy,
        @Schema(example = "平台回复已关停，复核页面已无法访问") @Nullable String takedownNote,
        @Schema(description = "Confirmed fake, takedown not confirmed and the deadline passed", example = "false") boolean takedownOverdue,
        OffsetDateTime createdAt,
        @Schema(example = "0") long version) {
}
