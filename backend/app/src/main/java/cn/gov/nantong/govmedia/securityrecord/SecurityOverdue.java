package cn.gov.nantong.govmedia.securityrecord;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(description = "安全台账到期提醒 / the security items due or overdue in the caller's subtree, for the overview")
record SecurityOverdue(
        @Schema(example = "2026-12-04") LocalDate asOf,
        @Schema(description = "Hosts' documents (of the three kinds) never recorded: hosts with a live account", example = "4")
        long documentsMissing,
        @Schema(description = "Documents whose review falls within the reminder period", example = "2") long documentsDueSoon,
        @Schema(description = "Documents past their next review date", example = "1") long documentsOverdue,
        @Schema(description = "Devices in use not checked within the check interval", example = "3") long devicesOverdue,
        @Schema(description = "Open rectification tasks of security checks past their deadline", example = "1")
        long rectificationsOverdue,
        @Schema(example = "30") int reminderDays,
        @Schema(example = "90") int deviceCheckDays) {
}
