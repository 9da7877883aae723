package cn.gov.nantong.govmedia.spotcheck;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Findings of national and provincial checks entered by the city office (Art 32.8). */
final class ExternalFindingViews {

    private ExternalFindingViews() {
    }

    /** Who found it: a national check (国家检查) or a provincial one (省级检查). */
    enum Source {
        NATIONAL("NAT-"), PROVINCIAL("PRV-");

        final String prefix;

        Source(String prefix) {
            this.prefix = prefix;
        }
    }

    @Schema(name = "ExternalFindingRequest", description = "录入国家或省级检查发现的问题 / enter a finding of a national or provincial check")
    record Request(
            @Schema(example = "NATIONAL") @NotNull Source source,
            @Schema(description = "The check's reference for the finding (notice number, list number); unique per source",
                    example = "国办通报〔2026〕3号-12") @NotBlank @Size(max = 56) @Pattern(regexp = "\\S(.*\\S)?") String reference,
            @Schema(example = "1") @NotNull @Positive Long accountId,
            @Schema(description = "The checklist item (a veto item zeroes the host's year, Art 32.3)", example = "NO_UPDATE_TWO_WEEKS")
            @NotBlank @Size(max = 40) String itemCode,
            @Schema(example = "检查时点前两周内无更新") @NotBlank @Size(max = 1500) String description,
            @Schema(description = "When the check found it; not in the future", example = "2026-11-20") @NotNull LocalDate foundOn,
            @Schema(description = "Not before foundOn", example = "2026-12-04") @NotNull LocalDate rectificationDeadline) {
    }

    @Schema(name = "ExternalFinding", description = "国家或省级检查发现的问题（已转为整改任务） / a national or provincial finding and its task")
    record Finding(
            @Schema(description = "The rectification task in /api/v1/rectifications", example = "12") long id,
            @Schema(example = "NATIONAL") String source,
            @Schema(description = "As stored in the rectification list", example = "NAT-国办通报〔2026〕3号-12") String findingId,
            @Schema(example = "1") long accountId,
            @Schema(example = "崇川教育") String accountName,
            @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
            @Schema(example = "NO_UPDATE_TWO_WEEKS") String itemCode,
            @Schema(example = "检查时点前2周内无更新") String itemName,
            @Schema(example = "true") boolean veto,
            @Schema(example = "检查时点前两周内无更新") String description,
            @Schema(example = "2026-11-20") LocalDate foundOn,
            @Schema(example = "2026-12-04") LocalDate rectificationDeadline,
            @Schema(example = "OPEN") String status) {
    }
}
