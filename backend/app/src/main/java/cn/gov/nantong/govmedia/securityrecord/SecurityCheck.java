package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.rectification.FindingStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "安全检查 / a security check of a self-built app or site (Art 29.1) and its findings")
record SecurityCheck(
        @Schema(example = "1") long id,
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "2") long accountId,
        @Schema(example = "崇川教育 App") String accountName,
        @Schema(example = "2026-11-20") LocalDate checkedOn,
        @Schema(example = "区大数据局安全检查组") String checkedBy,
        @Schema(example = "应用、操作系统、数据库三项检查，发现 1 项问题") String summary,
        @Schema(example = "cc-operator") String createdBy,
        List<SecurityCheckFinding> findings) {

    /** Art 29.1 names the application, the operating system and the database. */
    enum Area { APPLICATION, OPERATING_SYSTEM, DATABASE, NETWORK, OTHER }

    @Schema(description = "检查发现的问题及其整改任务 / a finding and the rectification task it opened")
    record SecurityCheckFinding(
            @Schema(example = "1") long id,
            @Schema(example = "DATABASE") Area area,
            @Schema(example = "数据库默认端口对公网开放") String description,
            @Schema(description = "The task in GET /api/v1/rectifications", example = "7") @Nullable Long rectificationId,
            @Schema(example = "2026-12-04") @Nullable LocalDate rectificationDeadline,
            @Schema(example = "OPEN") @Nullable FindingStatus rectificationStatus) {
    }
}
