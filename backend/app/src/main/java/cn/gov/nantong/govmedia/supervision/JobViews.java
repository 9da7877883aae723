package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.common.document.OfficialDocuments;
import cn.gov.nantong.govmedia.common.document.Workbooks;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Requests and responses of the supervision jobs: spot-check sampling and the published notices (Art 32, 33). */
final class JobViews {

    private JobViews() {
    }

    enum Kind { SPOT_CHECK_SAMPLE, SPOT_CHECK_NOTICE, ASSESSMENT_NOTICE }

    enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /** Format of a notice. */
    enum Format {
        HTML("html", "text/html;charset=UTF-8", "网页"),
        PDF("pdf", "application/pdf", "PDF"),
        DOCX("docx", OfficialDocuments.DOCX_CONTENT_TYPE, "Word"),
        XLSX("xlsx", Workbooks.CONTENT_TYPE, "Excel");

        final String extension;
        final String contentType;
        /** As named in the job's progress text. */
        final String label;

        Format(String extension, String contentType, String label) {
            this.extension = extension;
            this.contentType = contentType;
            this.label = label;
        }
    }

    @Schema(name = "SupervisionJobRequest", description = "启动监管任务 / start a job: SPOT_CHECK_SAMPLE takes quarter (and seed); "
            + "SPOT_CHECK_NOTICE takes spotCheckId and format; ASSESSMENT_NOTICE takes year and format")
    record JobRequest(
            @Schema(example = "SPOT_CHECK_NOTICE") @NotNull Kind kind,
            @Schema(description = "SPOT_CHECK_SAMPLE: the quarter to check", example = "2026-Q4")
            @Pattern(regexp = "[0-9]{4}-Q[1-4]") @Nullable String quarter,
            @Schema(description = "SPOT_CHECK_SAMPLE: the seed (omitted: a random one, stored and shown)", example = "20261201")
            @PositiveOrZero @Max(9007199254740991L) @Nullable Long seed,
            @Schema(description = "SPOT_CHECK_NOTICE: the check", example = "1") @Positive @Nullable Long spotCheckId,
            @Schema(description = "ASSESSMENT_NOTICE: the year", example = "2026") @Nullable Integer year,
            @Schema(description = "Notices: HTML (preview), PDF, DOCX (editable) or XLSX", example = "PDF") @Nullable Format format,
            @Schema(description = "Notices: the document number (发文字号); omitted: 〔year〕 号 left to fill in", example = "通政办〔2026〕12号")
            @Size(max = 40) @Nullable String documentNumber) {
    }

    @Schema(name = "SupervisionJob", description = "监管任务及进度 / a job and its progress")
    record Job(
            @Schema(example = "7") long id,
            @Schema(example = "SPOT_CHECK_NOTICE") Kind kind,
            @Schema(description = "A job left QUEUED or RUNNING for 10 minutes (its instance stopped) is FAILED", example = "RUNNING")
            Status status,
            @Schema(description = "Percent done", example = "60") int progress,
            @Schema(description = "Current step", example = "正在生成 PDF") String step,
            @Schema(description = "SPOT_CHECK_SAMPLE: the check created", example = "1") @Nullable Long spotCheckId,
            @Schema(description = "When SUCCEEDED with a file: its name", example = "2026-Q4季度抽查情况通报.pdf") @Nullable String fileName,
            @Schema(example = "application/pdf") @Nullable String contentType,
            @Schema(description = "When FAILED: the problem code", example = "SPOT_CHECK_EXISTS") @Nullable String errorCode,
            @Schema(description = "When FAILED: why, in Chinese", example = "2026-Q4 的抽查已发起") @Nullable String errorDetail,
            @Schema(example = "city-admin") String createdBy,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime finishedAt) {
    }

    /** A finished job's file. */
    record JobFile(String fileName, String contentType, byte[] content) {
    }
}
