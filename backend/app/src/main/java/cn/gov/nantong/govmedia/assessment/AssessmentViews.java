package cn.gov.nantong.govmedia.assessment;

import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The annual assessment (Art 32): the scheme as data and the explained result per organization. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    @Schema(description = "考核项 / an item of the assessment scheme")
    public record Item(
            @Schema(example = "1") long id,
            @Schema(example = "WEEKLY_UPDATES") String code,
            @Schema(example = "账号每周更新、每两周原创") String name,
            @Schema(description = "SCORED deducts per occurrence; VETO makes the year's score zero", example = "SCORED") String kind,
            @Schema(description = "What is counted", example = "SILENT_ACCOUNTS") String source,
            @Schema(example = "20") int maxPoints,
            @Schema(description = "Points deducted per occurrence", example = "5") int deductionPoints,
            @Schema(example = "true") boolean active,
            @Schema(example = "1") int sortOrder,
            @Schema(example = "0") long version) {

        static final RecordRows<Item> ROWS = RecordRows.of(Item.class);
    }

    @Schema(description = "修改考核项 / change an item's name, points or whether it applies")
    public record ItemUpdate(
            @Schema(example = "账号每周更新、每两周原创") @NotBlank @Size(max = 200) String name,
            @Schema(example = "20") @PositiveOrZero @Max(100) int maxPoints,
            @Schema(example = "5") @PositiveOrZero @Max(100) int deductionPoints,
            @Schema(example = "true") boolean active,
            @Schema(description = "The version read; a stale one is a 409", example = "0") @Nullable Long version) {
    }

    @Schema(description = "单位年度考核结果 / an organization's assessment for a year, explained item by item")
    public record Result(
            @Schema(example = "19") long organizationId,
            @Schema(example = "南通市崇川区教育体育局") String organizationName,
            @Schema(example = "2026") int year,
            @Schema(description = "Zero when a veto item is hit (Art 32)", example = "85") int score,
            @Schema(description = "Sum of the active scored items' maximum", example = "100") int maxScore,
            @Schema(example = "false") boolean vetoed,
            List<ItemScore> items) {
    }

    @Schema(description = "考核项得分 / one item of a result")
    public record ItemScore(
            @Schema(example = "WEEKLY_UPDATES") String code,
            @Schema(example = "账号每周更新、每两周原创") String name,
            @Schema(example = "SCORED") String kind,
            @Schema(description = "Occurrences counted for the year", example = "1") long occurrences,
            @Schema(description = "Points of the item (0 for veto items)", example = "15") int points,
            @Schema(example = "20") int maxPoints,
            @Schema(example = "出现未按期更新的账号 1 个，扣 5 分") String explanation) {
    }
}
