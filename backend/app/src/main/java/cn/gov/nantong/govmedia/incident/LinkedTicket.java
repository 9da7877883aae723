package cn.gov.nantong.govmedia.incident;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "回应稿件 / a response post or running update going through review (Art 23)")
record LinkedTicket(
        @Schema(example = "42") long ticketId,
        @Schema(example = "关于网传某校食堂问题的情况通报") String title,
        @Schema(example = "PUBLISHED") String status,
        @Nullable OffsetDateTime publishedAt,
        OffsetDateTime linkedAt) {
}
