package cn.gov.nantong.govmedia.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(description = "报送期限预警 / a filing whose provincial deadline is at risk (Art 15)")
record SyncAlert(
        @Schema(example = "42") long filingId,
        @Schema(example = "OPEN") String type,
        @Schema(example = "SUBMITTED") String filingStatus,
        @Schema(example = "崇川教育") String accountName,
        @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
        LocalDate provincialDeadline,
        @Schema(description = "DUE_SOON: 1 working day or less left; OVERDUE: past the deadline and undecided; "
                + "DELIVERY_OVERDUE: past the deadline, approved but not delivered (Art 15)", example = "DUE_SOON") String level,
        @Schema(example = "备案“崇川教育”须于 2026-12-02 前报送省级系统，尚未报送") String message) {
}
