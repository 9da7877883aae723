package cn.gov.nantong.govmedia.repost;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "转发任务提醒 / targets not yet reposted whose deadline is within one working day, or passed")
record RepostAttention(
        @Schema(description = "Deadlines up to this day count as due soon (today + 1 working day)", example = "2026-12-07") LocalDate dueBy,
        @Schema(description = "Working-day calendar note (says when holiday data is missing)", example = "按国务院节假日安排计算") String calendarNote,
        @Schema(example = "2") long dueSoon,
        @Schema(example = "1") long overdue,
        @Schema(description = "At most 50, earliest deadline first") List<Item> items) {

    @Schema(name = "RepostAttentionItem", description = "待转发的目标账号 / a target account still to repost")
    record Item(@Schema(example = "1") long taskId, @Schema(example = "学习贯彻党的二十届四中全会精神") String title,
                @Schema(example = "2026-12-08") LocalDate deadline, @Schema(example = "1") long accountId,
                @Schema(example = "崇川教育") String accountName, @Schema(example = "崇川区教育体育局") String hostName,
                @Schema(example = "PENDING") RepostTargetState state) {
    }
}
