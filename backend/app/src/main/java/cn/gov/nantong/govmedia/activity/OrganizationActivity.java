package cn.gov.nantong.govmedia.activity;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "单位排行 / one host organization's line of the league table, most compliant first")
record OrganizationActivity(
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(description = "Live accounts", example = "4") long liveAccounts,
        @Schema(description = "Live accounts missing no rule", example = "3") long compliantAccounts,
        @Schema(description = "No update in the last 7 days (Art 19)", example = "1") long silentAccounts,
        @Schema(description = "No update for 3 months (Art 12)", example = "0") long dormantAccounts,
        @Schema(description = "Hitting a national veto item", example = "0") long vetoedAccounts,
        @Schema(description = "Submissions answered late or open past due", example = "1") long repliesOverdue) {
}
