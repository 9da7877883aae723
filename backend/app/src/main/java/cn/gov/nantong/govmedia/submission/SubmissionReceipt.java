package cn.gov.nantong.govmedia.submission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "提交回执 / the receipt: keep the query token, it is shown only once")
public record SubmissionReceipt(
        @Schema(example = "TS2026112800001") String trackingNumber,
        @Schema(description = "Secret for the status query (header X-Query-Token); shown once, stored only as a hash. "
                + "Absent when the submission was a duplicate of an earlier one", example = "q3J8sVb0n2XcT5kLmA9eWd1rYp7uZ4hF")
        @Nullable String queryToken,
        @Schema(description = "True when the same content from the same client was received shortly before", example = "false")
        boolean duplicate,
        @Schema(example = "2026-12-07") LocalDate replyDueOn,
        OffsetDateTime submittedAt,
        @Schema(example = "已收到您的咨询，请凭受理编号和查询码查询办理进度") String message) {
}
