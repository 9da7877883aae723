package cn.gov.nantong.govmedia.filing;

import cn.gov.nantong.govmedia.account.AccountChanges;
import cn.gov.nantong.govmedia.account.Platform;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "备案 / a filing")
record FilingResponse(
        @Schema(example = "1") long id,
        @Schema(example = "OPEN") FilingType type,
        @Schema(example = "SUBMITTED") FilingStatus status,
        @Schema(example = "1") long accountId,
        @Schema(example = "崇川教育") String accountName,
        @Schema(example = "WECHAT_OFFICIAL") Platform platform,
        @Schema(example = "19") long hostOrganizationId,
        @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
        @Schema(example = "18") long authorityOrganizationId,
        @Schema(example = "南通市崇川区人民政府办公室") String authorityOrganizationName,
        @Schema(example = "false") boolean legacy,
        @Schema(description = "CHANGE: the fields changed") @Nullable AccountChanges changes,
        @Nullable BasisType basisType,
        @Nullable String basisDocumentNumber,
        @Nullable LocalDate basisDecidedOn,
        @Nullable LocalDate announcementStartsOn,
        @Nullable LocalDate announcementEndsOn,
        @Schema(description = "When the competent authority received it", example = "2026-11-27") LocalDate receivedOn,
        @Schema(description = "Deadline for filing into the provincial system (Art 15: 3 working days)", example = "2026-12-02")
        LocalDate provincialDeadline,
        @Schema(description = "Legacy account: the day it was found", example = "2026-11-20") @Nullable LocalDate legacyFoundOn,
        @Schema(description = "Legacy account: the host's deadline to file it (Art 35: 20 working days from 2019-10-10 or from the "
                + "day it was found)", example = "2026-12-18") @Nullable LocalDate hostDeadline,
        @Schema(description = "Legacy account filed after the host's deadline", example = "false") boolean filedLate,
        @Schema(description = "While the filing is not yet in the provincial system (undecided, or approved and undelivered): ON_TIME, "
                + "DUE_SOON (1 working day or less left), OVERDUE (undecided past the deadline) or DELIVERY_OVERDUE (approved, "
                + "undelivered past it)", example = "ON_TIME")
        @Nullable DeadlineState deadlineState,
        @Schema(example = "cc-operator") String submittedBy,
        OffsetDateTime submittedAt,
        @Schema(example = "cc-supervisor") @Nullable String decidedBy,
        @Nullable OffsetDateTime decidedAt,
        @Nullable String decisionReason,
        @Schema(description = "When the filing reached the provincial filing-check system") @Nullable OffsetDateTime deliveredAt,
        @Schema(description = "The province's receipt number", example = "JS2026112800042") @Nullable String receiptNumber,
        @Schema(description = "Things to look at that do not block the filing (Art 14)") List<String> warnings,
        @Schema(example = "0") long version) {
}
