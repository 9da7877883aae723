package cn.gov.nantong.govmedia.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "报送省级系统的一条投递 / one delivery to the province")
record DeliveryResponse(
        @Schema(example = "1") long id,
        @Schema(example = "FILING") String kind,
        @Schema(example = "42") @Nullable Long filingId,
        @Schema(example = "崇川教育") @Nullable String accountName,
        @Schema(example = "42:1") String idempotencyKey,
        @Schema(example = "PENDING") DeliveryStatus status,
        @Schema(example = "3") int attempts,
        OffsetDateTime nextAttemptAt,
        @Schema(example = "HTTP 503: retry later") @Nullable String lastError,
        @Schema(example = "JS2026112800042") @Nullable String receiptNumber,
        @Nullable OffsetDateTime deliveredAt,
        OffsetDateTime createdAt) {
}
