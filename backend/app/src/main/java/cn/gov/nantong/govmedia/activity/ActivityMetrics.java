package cn.gov.nantong.govmedia.activity;

import io.r2dbc.spi.Readable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "账号活跃度指标 / activity metrics of one account as of a date (Art 19, 24; national indicators)")
record ActivityMetrics(
        @Schema(example = "1") long accountId,
        @Schema(example = "崇川教育") String accountName,
        @Schema(example = "WECHAT_OFFICIAL") String platform,
        @Schema(example = "ACTIVE") String status,
        @Schema(example = "19") long hostOrganizationId,
        @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
        @Schema(description = "The date the metrics are computed for", example = "2026-11-30") LocalDate asOf,
        @Schema(description = "Updates in the 7 days up to asOf", example = "3") long updatesLast7Days,
        @Schema(description = "Updates in the 14 days up to asOf", example = "6") long updatesLast14Days,
        @Schema(description = "Originals in the 14 days up to asOf", example = "2") long originalsLast14Days,
        @Schema(description = "Latest publication up to the end of asOf") @Nullable OffsetDateTime lastUpdateAt,
        @Schema(description = "Longest run of days without an update in the 3 months up to asOf", example = "5") int longestGapDays,
        @Schema(description = "Submissions received in the last 3 months answered by their due date", example = "4") long repliesOnTime,
        @Schema(description = "Submissions received in the last 3 months answered late or still open past their due date", example = "1")
        long repliesOverdue,
        @Schema(description = "Valid submissions unanswered for over 3 months (national poor-interaction veto)", example = "0")
        long unansweredOver3Months,
        @Schema(description = "Rules missed", example = "[\"WEEKLY_UPDATE_MISSED\"]") List<ActivityFlag> flags,
        @Schema(description = "A national veto item is hit", example = "false") boolean vetoed) {

    static ActivityMetrics map(Readable row) {
        String[] flags = row.get("flags", String[].class);
        List<ActivityFlag> list = flags == null ? List.of() : java.util.Arrays.stream(flags).map(ActivityFlag::valueOf).toList();
        return new ActivityMetrics(row.get("id", Long.class), row.get("name", String.class), row.get("platform", String.class),
                row.get("status", String.class), row.get("host_organization_id", Long.class), row.get("host_name", String.class),
                row.get("as_of", LocalDate.class), row.get("updates_7d", Long.class), row.get("updates_14d", Long.class),
                row.get("originals_14d", Long.class), row.get("last_update_at", OffsetDateTime.class),
                row.get("longest_gap_days", Integer.class), row.get("replies_on_time", Long.class),
                row.get("replies_overdue", Long.class), row.get("unanswered_over_3_months", Long.class), list,
                list.stream().anyMatch(ActivityFlag::veto));
    }
}
