package cn.gov.nantong.govmedia.rectification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "检查发现问题及其整改 / a finding and its rectification")
record FindingResponse(
        @Schema(example = "1") long id,
        @Schema(example = "JS-F-2026-0001") String findingId,
        @Schema(example = "1") long accountId,
        @Schema(example = "崇川教育") String accountName,
        @Schema(example = "19") long hostOrganizationId,
        @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
        @Schema(example = "NO_UPDATE_TWO_WEEKS") String category,
        @Schema(description = "A national veto item", example = "true") boolean veto,
        @Schema(example = "检查日前两周内未更新") String description,
        LocalDate foundOn,
        LocalDate rectificationDeadline,
        @Schema(example = "OPEN") FindingStatus status,
        @Schema(example = "已恢复每周更新") @Nullable String evidence,
        @Nullable String rectifiedBy,
        @Nullable OffsetDateTime rectifiedAt,
        OffsetDateTime receivedAt,
        @Schema(description = "PROVINCE: from the provincial check, reported back when rectified; SPOT_CHECK: from the city's "
                + "quarterly spot check; SECURITY_CHECK: from a host's security check of its own app or site (Art 29.1)", example = "PROVINCE") String source) {
}
