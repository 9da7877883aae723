package cn.gov.nantong.govmedia.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Released spot-check and assessment notices, public under /api/public/v1 (Art 32.6); no personal data in any of them. */
final class NoticeViews {

    private NoticeViews() {
    }

    enum Kind { SPOT_CHECK, ASSESSMENT }

    @Schema(name = "NoticeReleaseRequest", description = "公开发布通报 / release a notice: SPOT_CHECK takes spotCheckId (a closed "
            + "check), ASSESSMENT takes year")
    record ReleaseRequest(
            @Schema(example = "SPOT_CHECK") @NotNull Kind kind,
            @Schema(description = "SPOT_CHECK: the closed check", example = "1") @Positive @Nullable Long spotCheckId,
            @Schema(description = "ASSESSMENT: the year", example = "2026") @Nullable Integer year) {
    }

    @Schema(name = "PublicNotice", description = "已公开的通报 / a released notice")
    record Notice(
            @Schema(example = "1") long id,
            @Schema(example = "SPOT_CHECK") Kind kind,
            @Schema(example = "关于2026年第四季度全市政务新媒体抽查情况的通报") String title,
            @Schema(description = "Quarter (spot check) or year (assessment)", example = "2026-Q4") String period,
            @Schema(description = "Who issued it: the city, or a county for its own check", example = "南通市人民政府") String organizationName,
            OffsetDateTime releasedAt) {
    }

    @Schema(name = "PublicNoticeDetail", description = "通报全文（不含个人信息） / a released notice in full, without personal data")
    record Detail(
            @Schema(example = "1") long id,
            @Schema(example = "SPOT_CHECK") Kind kind,
            @Schema(example = "关于2026年第四季度全市政务新媒体抽查情况的通报") String title,
            @Schema(example = "2026-Q4") String period,
            @Schema(example = "南通市人民政府") String organizationName,
            OffsetDateTime releasedAt,
            @Schema(description = "SPOT_CHECK only") @Nullable SpotCheckContent spotCheck,
            @Schema(description = "ASSESSMENT only") @Nullable AssessmentContent assessment) {
    }

    @Schema(name = "PublicSpotCheckNotice", description = "抽查通报 / the spot-check notice: sample, results and the problems found")
    record SpotCheckContent(
            @Schema(example = "2026-Q4") String quarter,
            @Schema(example = "true") boolean cityWide,
            @Schema(description = "Live accounts when the sample was drawn", example = "120") int population,
            @Schema(example = "10") int samplePercent,
            @Schema(description = "The seed: the same seed and population give the same sample", example = "20261201") long seed,
            @Schema(example = "11") long passed,
            @Schema(example = "1") long failed,
            List<SampledAccount> accounts,
            List<Problem> problems) {
    }

    @Schema(name = "PublicSpotCheckAccount", description = "抽中的账号及结果 / a sampled account and its result")
    record SampledAccount(
            @Schema(example = "1") int position,
            @Schema(example = "崇川教育") String accountName,
            @Schema(example = "WECHAT_OFFICIAL") String platform,
            @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
            @Schema(example = "南通市崇川区人民政府") String stratumName,
            @Schema(example = "1") long findings,
            @Schema(example = "PASS") @Nullable String result) {
    }

    @Schema(name = "PublicSpotCheckProblem", description = "发现的问题（检查项，不含描述） / a problem found, by checklist item")
    record Problem(
            @Schema(example = "崇川教育") String accountName,
            @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
            @Schema(example = "检查时点前2周内无更新") String itemName,
            @Schema(example = "true") boolean veto,
            @Schema(example = "2026-12-15") LocalDate rectificationDeadline) {
    }

    @Schema(name = "PublicAssessmentNotice", description = "年度考核通报 / the annual assessment notice")
    record AssessmentContent(
            @Schema(example = "2026") int year,
            List<Ranking> results,
            @Schema(description = "Units commended; commendations of persons are not published here") List<UnitCommendation> commendations) {
    }

    @Schema(name = "PublicAssessmentRanking", description = "单位得分 / a unit's score")
    record Ranking(
            @Schema(example = "1") int rank,
            @Schema(example = "南通市崇川区教育体育局") String organizationName,
            @Schema(example = "95") int score,
            @Schema(example = "100") int maxScore,
            @Schema(example = "false") boolean vetoed) {
    }

    @Schema(name = "PublicUnitCommendation", description = "表彰单位 / a commended unit")
    record UnitCommendation(
            @Schema(example = "南通市崇川区教育体育局") String organizationName,
            @Schema(example = "全年原创发布 312 篇，留言办结率 100%") String reason,
            @Schema(example = "2027-01-15") LocalDate decidedOn) {
    }
}
