package cn.gov.nantong.govmedia.securityrecord;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Schema(description = "登记或修订安全管理文件 / a document to record (organizationId and kind) or revise (version)")
record SecurityDocumentRequest(
        @Schema(description = "When recording; ignored when revising", example = "19") @Positive @Nullable Long organizationId,
        @Schema(description = "When recording; ignored when revising", example = "SECURITY_RULES") SecurityDocument.@Nullable Kind kind,
        @Schema(example = "政务新媒体安全管理制度") @NotBlank @Size(max = 200) String title,
        @Schema(example = "V2.0") @NotBlank @Size(max = 30) String versionLabel,
        @Schema(example = "2026-03-01") @NotNull @PastOrPresent LocalDate approvedOn,
        @Schema(description = "After approvedOn", example = "2027-03-01") @NotNull LocalDate nextReviewOn,
        @Schema(description = "When revising: the version read; a stale one is refused with 409", example = "0")
        @PositiveOrZero @Nullable Long version) {
}
