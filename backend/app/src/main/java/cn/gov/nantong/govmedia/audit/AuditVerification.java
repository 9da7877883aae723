package cn.gov.nantong.govmedia.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "审计日志校验结果 / result of checking the whole audit log")
public record AuditVerification(
        @Schema(description = "True when every event's hash recomputes, the tree's root is the one signed and the signature holds",
                example = "true") boolean intact,
        @Schema(description = "Events checked", example = "1024") long checked,
        @Schema(description = "First event whose hash or leaf does not match, or whose event is gone; absent when none")
        @Nullable Long firstBrokenId,
        @Schema(description = "Size of the latest signed tree head", example = "1024") long treeSize,
        @Schema(description = "The root recomputed from the stored leaves equals the signed one", example = "true") boolean rootIntact,
        @Schema(description = "The latest tree head's signature verifies with its key", example = "true") boolean signatureValid,
        @Schema(description = "Events still unsealed after the sealing bound (an alert when not 0)", example = "0") long unsealedLate) {
}
