package cn.gov.nantong.govmedia.review.signoff;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "一般信息的指定签发人 (Art 17): who signs off a host's GENERAL content, and who signs in their absence")
record SignOffDesignation(
        @Schema(example = "19") long hostOrganizationId,
        Signer signer,
        @Nullable Signer deputy,
        @Schema(example = "cc-principal") String updatedBy,
        OffsetDateTime updatedAt,
        @Schema(example = "0") long version) {

    @Schema(description = "a signer: login name and name")
    record Signer(@Schema(example = "cc-reviewer") String username, @Schema(example = "李审核") String displayName) {
    }
}
