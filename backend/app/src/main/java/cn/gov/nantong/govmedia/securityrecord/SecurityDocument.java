package cn.gov.nantong.govmedia.securityrecord;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(description = "安全管理文件 / one of the three documents a host keeps (Art 27.1), with its review date")
record SecurityDocument(
        @Schema(example = "1") long id,
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "SECURITY_RULES") Kind kind,
        @Schema(example = "政务新媒体安全管理制度") String title,
        @Schema(example = "V2.0") String versionLabel,
        @Schema(example = "2026-03-01") LocalDate approvedOn,
        @Schema(example = "2027-03-01") LocalDate nextReviewOn,
        @Schema(description = "OVERDUE past the review date, DUE_SOON within the reminder period", example = "CURRENT") DueState dueState,
        @Schema(example = "cc-operator") String createdBy,
        @Schema(example = "0") long version) {

    /** 安全管理制度, 保密审查制度, 应急预案. */
    enum Kind { SECURITY_RULES, CONFIDENTIALITY_REVIEW_RULES, EMERGENCY_PLAN }
}
