package cn.gov.nantong.govmedia.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "政务新媒体账号 / a registered account")
public record AccountResponse(
        @Schema(example = "1") long id,
        @Schema(example = "WECHAT_OFFICIAL") Platform platform,
        @Schema(example = "gh_3a1b2c3d4e5f") @Nullable String platformAccountId,
        @Schema(example = "崇川教育") String name,
        @Nullable String avatarUrl,
        @Schema(example = "南通市崇川区教育体育局") @Nullable String certificationSubject,
        @Schema(example = "19") long hostOrganizationId,
        @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
        @Schema(example = "IN_HOUSE") OperatorType operatorType,
        @Schema(example = "崇川区教育体育局办公室") String operatorName,
        @Nullable LocalDate contractSignedOn,
        @Nullable LocalDate confidentialitySignedOn,
        @Schema(example = "王敏") String responsiblePerson,
        @Schema(example = "051385123456") @Nullable String responsiblePhone,
        List<AccountFunction> functions,
        boolean offersNews,
        boolean offersAudioVideo,
        @Nullable String licenceNumber,
        @Nullable Boolean ipv6Supported,
        @Schema(example = "ACTIVE") AccountStatus status,
        @Schema(description = "When CLOSING: the day it closes", example = "2026-12-25") @Nullable LocalDate closesOn,
        @Schema(example = "2026-11-28") LocalDate statusChangedOn,
        @Nullable LocalDate activatedOn,
        @Nullable LocalDate endedOn,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "0") long version) {
}
