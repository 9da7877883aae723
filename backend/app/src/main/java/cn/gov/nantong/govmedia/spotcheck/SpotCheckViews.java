package cn.gov.nantong.govmedia.spotcheck;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Requests and responses of the quarterly spot checks (Art 32). */
public final class SpotCheckViews {

    private SpotCheckViews() {
    }

    @Schema(description = "撤回抽查 / withdraw a spot check started by mistake")
    public record WithdrawRequest(
            @Schema(description = "Why (kept in the check and the audit trail)", example = "误选季度，撤回后按 2026-Q3 重新发起")
            @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "发起季度抽查 / start the spot check of a quarter")
    public record CreateRequest(
            @Schema(description = "From 2019-Q1 on, not a quarter that has not begun (Beijing time)", example = "2026-Q4")
            @NotBlank @Pattern(regexp = "[0-9]{4}-Q[1-4]") String quarter,
            @Schema(description = "Seed of the random sample; omitted: a random one is drawn, stored and shown (0 to 2^53-1)",
                    example = "20261201") @PositiveOrZero @Max(9007199254740991L) @Nullable Long seed) {
    }

    @Schema(description = "季度抽查 / a quarterly spot check with its sample")
    public record SpotCheck(
            @Schema(example = "1") long id,
            @Schema(example = "2026-Q4") String quarter,
            @Schema(description = "The organization that runs the check (Art 32.2): the city government, or a county's", example = "1")
            long organizationId,
            @Schema(example = "南通市人民政府") String organizationName,
            @Schema(description = "The city's own check (true) or a county's or department's local check (false)", example = "true")
            boolean cityWide,
            @Schema(description = "The seed: the same seed and population give the same sample", example = "20261201") long seed,
            @Schema(example = "10") int samplePercent,
            @Schema(description = "Live (ACTIVE) accounts when the sample was drawn", example = "120") int population,
            @Schema(example = "OPEN") String status,
            @Schema(description = "How the sample was drawn") String samplingMethod,
            @Schema(example = "city-admin") String createdBy,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime closedAt,
            @Schema(description = "Why the check was withdrawn (status WITHDRAWN)", example = "误选季度，撤回后按 2026-Q3 重新发起")
            @Nullable String withdrawnReason,
            @Schema(example = "city-admin") @Nullable String withdrawnBy,
            @Nullable OffsetDateTime withdrawnAt,
            List<SampledAccount> accounts) {
    }

    @Schema(description = "抽中的账号 / a sampled account")
    public record SampledAccount(
            @Schema(example = "1") long accountId,
            @Schema(example = "崇川教育") String accountName,
            @Schema(example = "WECHAT_OFFICIAL") String platform,
            @Schema(example = "19") long hostOrganizationId,
            @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
            @Schema(description = "County/district stratum (or the city level)", example = "6") long stratumId,
            @Schema(example = "南通市崇川区人民政府") String stratumName,
            @Schema(description = "Order of drawing", example = "0") int position,
            @Schema(example = "1") long findings,
            @Schema(description = "合格 PASS / 不合格 FAIL, once the check is closed", example = "PASS") @Nullable String result) {
    }

    @Schema(name = "SpotCheckFindingRequest", description = "记录抽查发现的问题 / record a finding")
    record FindingRequest(
            @Schema(example = "1") @NotNull @Positive Long accountId,
            @Schema(example = "NO_UPDATE_TWO_WEEKS") @NotBlank @Size(max = 40) String itemCode,
            @Schema(example = "检查日前两周内无任何更新") @NotBlank @Size(max = 1500) String description) {
    }

    @Schema(name = "SpotCheckFinding", description = "抽查发现的问题及整改任务 / a finding and its rectification task")
    public record Finding(
            @Schema(example = "1") long id,
            @Schema(example = "1") long checkId,
            @Schema(example = "1") long accountId,
            @Schema(example = "NO_UPDATE_TWO_WEEKS") String itemCode,
            @Schema(example = "检查时点前2周内无更新") String itemName,
            @Schema(example = "true") boolean veto,
            @Schema(example = "检查日前两周内无任何更新") String description,
            @Schema(description = "The rectification task in /api/v1/rectifications", example = "3") long rectificationId,
            @Schema(description = "Working-day deadline of the rectification", example = "2026-12-15") LocalDate rectificationDeadline,
            @Schema(example = "auditor") String recordedBy) {
    }

    @Schema(name = "SpotCheckMissing", description = "应开展而未开展季度抽查的单位 / an organization without its check of an ended quarter")
    record MissingCheck(
            @Schema(description = "The government (city or county) whose office's supervisors run its checks", example = "6")
            long organizationId,
            @Schema(example = "南通市崇川区人民政府") String organizationName,
            @Schema(description = "The organization's government office", example = "南通市崇川区人民政府办公室") String officeName,
            @Schema(example = "2026-Q3") String quarter) {
    }
}
