package cn.gov.nantong.govmedia.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "审计链校验结果 / result of checking the hash chain")
public record AuditVerification(
        @Schema(description = "True when every row's hash and link are intact", example = "true") boolean intact,
        @Schema(description = "Rows checked", example = "1024") long checked,
        @Schema(description = "First row whose hash or link does not match; absent when intact") @Nullable Long firstBrokenId) {
}
