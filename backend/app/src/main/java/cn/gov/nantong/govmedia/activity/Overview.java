package cn.gov.nantong.govmedia.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "监管总览 / supervision overview of the caller's subtree")
record Overview(
        @Schema(example = "2026-11-30") LocalDate asOf,
        @Schema(description = "Accounts by status (current status)") List<Count> byStatus,
        @Schema(description = "Accounts by platform (current status live or not)") List<Count> byPlatform,
        @Schema(description = "Activity of the accounts live on asOf") Flags activity,
        @Schema(description = "Filings not yet decided past their provincial deadline (Art 15)", example = "1") long overdueFilings,
        @Schema(description = "Filings approved but not delivered to the province past their provincial deadline (Art 15)",
                example = "0") long overdueDeliveries,
        @Schema(description = "Open public submissions past their reply due date (Art 24)", example = "2") long overdueReplies,
        @Schema(description = "Weekly trend from the daily snapshots, last 12 weeks, oldest first") List<WeekTrend> trend) {

    /** The two kinds of overdue filing of {@code ProvincialDeadline}, counted apart. */
    record OverdueFilings(long undecided, long undelivered) {
    }

    @Schema(description = "按键计数 / a count per key")
    record Count(@Schema(example = "ACTIVE") String key, @Schema(example = "12") long count) {
    }

    @Schema(description = "活跃度统计 / activity counts")
    record Flags(
            @Schema(description = "Live accounts", example = "12") long live,
            @Schema(description = "Silent: no update in the last 7 days (Art 19)", example = "3") long silent,
            @Schema(description = "Dormant candidates: no update for 3 months (Art 12)", example = "1") long dormant,
            @Schema(description = "Hitting a national veto item", example = "2") long vetoed) {
    }

    @Schema(description = "周趋势 / one week of the trend, from the week's latest snapshot")
    record WeekTrend(
            @Schema(description = "Monday of the week", example = "2026-11-23") LocalDate weekStarting,
            @Schema(description = "The snapshot day used", example = "2026-11-29") LocalDate snapshotDay,
            @Schema(example = "12") long accounts,
            @Schema(example = "3") long silent,
            @Schema(example = "1") long dormant,
            @Schema(example = "2") long vetoed) {
    }
}
