package cn.gov.nantong.govmedia.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "密码更换任务 / a credential rotation owed after a holder left (Art 27)")
record RotationTaskResponse(
        @Schema(example = "1") long id,
        @Schema(example = "1") long accountId,
        @Schema(example = "崇川教育") String accountName,
        @Schema(example = "1") long staffId,
        @Schema(example = "王敏") String staffName,
        @Schema(example = "王敏已于 2026-11-30 离岗，请更换账号密码") String reason,
        @Schema(example = "OPEN") RotationTaskStatus status,
        OffsetDateTime createdAt,
        @Nullable String closedBy,
        @Nullable OffsetDateTime closedAt,
        @Schema(example = "已于 12 月 1 日更换密码并更新保管人") @Nullable String note) {
}
