package cn.gov.nantong.govmedia.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What an OPEN filing registers about an account. */
@Schema(description = "账号登记信息 / the account as filed")
public record AccountDetails(
        @Schema(example = "WECHAT_OFFICIAL") @NotNull Platform platform,
        @Schema(description = "原始ID / UID on the platform", example = "gh_3a1b2c3d4e5f") @Size(max = 100) String platformAccountId,
        @Schema(example = "崇川教育") @NotBlank @Size(max = 100) String name,
        @Schema(example = "https://mmbiz.qpic.cn/avatar.png") @Size(max = 500) @Pattern(regexp = "^https?://.*") String avatarUrl,
        @Schema(description = "认证主体 (Art 14)", example = "南通市崇川区教育体育局") @Size(max = 100) String certificationSubject,
        @Schema(description = "Defaults to the caller's organization", example = "19") @Positive Long hostOrganizationId,
        @Schema(example = "IN_HOUSE") @NotNull OperatorType operatorType,
        @Schema(example = "崇川区教育体育局办公室") @NotBlank @Size(max = 100) String operatorName,
        @Schema(description = "Contract date, required for a contracted operator (Art 7)", example = "2026-01-05") LocalDate contractSignedOn,
        @Schema(description = "Confidentiality agreement date, required for a contracted operator (Art 7)", example = "2026-01-05")
        LocalDate confidentialitySignedOn,
        @Schema(description = "责任人 (Art 26)", example = "王敏") @NotBlank @Size(max = 50) String responsiblePerson,
        @Schema(example = "051385123456") @Size(max = 20) @Pattern(regexp = "^[0-9+\\-]{5,20}$") String responsiblePhone,
        @Schema(example = "[\"INFORMATION\", \"SERVICE\"]") @Size(max = 3) List<@NotNull AccountFunction> functions,
        @Schema(description = "Offers news information (Art 25)", example = "false") Boolean offersNews,
        @Schema(description = "Offers online audio/video (Art 25)", example = "false") Boolean offersAudioVideo,
        @Schema(description = "News / audio-visual licence number (Art 25)", example = "苏ICP备12345678号") @Size(max = 100) String licenceNumber,
        @Schema(description = "IPv6 support, required for mobile apps (Art 13)", example = "true") Boolean ipv6Supported) {

    public boolean news() {
        return Boolean.TRUE.equals(offersNews);
    }

    public boolean audioVideo() {
        return Boolean.TRUE.equals(offersAudioVideo);
    }
}
