package cn.gov.nantong.govmedia.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "一次投递尝试 / one delivery attempt")
record AttemptResponse(
        @Schema(example = "2") int attempt,
        @Schema(example = "worker-1a2b3c4d") String worker,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Schema(example = "503") @Nullable Integer httpStatus,
        @Schema(example = "RETRY") String outcome,
        @Schema(example = "HTTP 503: retry later") @Nullable String error) {
}
