package cn.gov.nantong.govmedia.repost;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "单位转发完成率 / completion of required reposts by one host organization")
record RepostCompletion(
        @Schema(example = "19") long organizationId,
        @Schema(example = "崇川区教育体育局") String organizationName,
        @Schema(description = "Target accounts of open tasks with a deadline in the period", example = "4") long assigned,
        @Schema(example = "3") long done,
        @Schema(example = "0") long pending,
        @Schema(example = "1") long overdue,
        @Schema(description = "done / assigned, 0 to 1", example = "0.75") double rate) {
}
