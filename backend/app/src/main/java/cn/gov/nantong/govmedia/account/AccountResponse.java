package cn.gov.nantong.govmedia.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "政务新媒体账号 / a registered account")
public record AccountResponse(
        @Schema(example = "1") long id,
        @Schema(example = "WECHAT_OFFICIAL") Platform platform,
        @Schema(example = "gh_3a1b2c3d4e5f") String platformAccountId,
        @Schema(example = "崇川教育") String name,
        String avatarUrl,
        @Schema(example = "南通市崇川区教育体育局") String certificationSubject,
        @Schema(example = "19") long hostOrganizationId,
        @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
        @Schema(example = "IN_HOUSE") OperatorType operatorType,
        @Schema(example = "崇川区教育体育局办公室") String operatorName,
        LocalDate contractSignedOn,
        LocalDate confidentialitySignedOn,
        @Schema(example = "王敏") String responsiblePerson,
        @Schema(example = "051385123456") String responsiblePhone,
        List<AccountFunction> functions,
        boolean offersNews,
        boolean offersAudioVideo,
        String licenceNumber,
        Boolean ipv6Supported,
        @Schema(example = "ACTIVE") AccountStatus status,
        @Schema(description = "When CLOSING: the day it closes", example = "2026-12-25") LocalDate closesOn,
        @Schema(example = "2026-11-28") LocalDate statusChangedOn,
        LocalDate activatedOn,
        LocalDate endedOn,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "0") long version) {
}
