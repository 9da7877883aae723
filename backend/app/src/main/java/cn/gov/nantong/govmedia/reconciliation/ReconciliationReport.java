package cn.gov.nantong.govmedia.reconciliation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "与省级登记名录的对账结果 / our register compared with the province's")
record ReconciliationReport(
        @Schema(example = "1") long id,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Schema(example = "city-admin") String startedBy,
        @Schema(description = "Registered accounts on our side", example = "120") int ours,
        @Schema(description = "Accounts in the province's register", example = "119") int theirs,
        List<Difference> differences) {

    @Schema(description = "一处差异 / one difference")
    record Difference(
            @Schema(example = "MISSING_IN_PROVINCE") String kind,
            @Schema(example = "WECHAT_OFFICIAL") String platform,
            @Schema(example = "崇川教育") String name,
            @Schema(example = "gh_3a1b2c3d4e5f") @Nullable String platformAccountId,
            @Schema(example = "ACTIVE") @Nullable String ourStatus,
            @Schema(example = "CLOSED") @Nullable String theirStatus) {
    }
}
