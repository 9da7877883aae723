package cn.gov.nantong.govmedia.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The fields a CHANGE filing alters; a field left out keeps its value. Platform and host never change. */
@Schema(description = "变更备案的变更内容 / the fields a CHANGE filing alters")
public record AccountChanges(
        @Schema(example = "崇川教育发布") @Size(min = 1, max = 100) String name,
        @Schema(example = "gh_3a1b2c3d4e5f") @Size(max = 100) String platformAccountId,
        @Schema(example = "南通市崇川区教育体育局") @Size(max = 100) String certificationSubject,
        @Schema(example = "CONTRACTED") OperatorType operatorType,
        @Schema(example = "南通某某文化传媒有限公司") @Size(min = 1, max = 100) String operatorName,
        @Schema(example = "2026-11-01") LocalDate contractSignedOn,
        @Schema(example = "2026-11-01") LocalDate confidentialitySignedOn,
        @Schema(example = "李强") @Size(min = 1, max = 50) String responsiblePerson,
        @Schema(example = "051385123457") @Pattern(regexp = "^[0-9+\\-]{5,20}$") String responsiblePhone,
        @Size(max = 3) List<@NotNull AccountFunction> functions,
        Boolean offersNews,
        Boolean offersAudioVideo,
        @Size(max = 100) String licenceNumber,
        Boolean ipv6Supported) {

    public boolean changesNothing() {
        return name == null && platformAccountId == null && certificationSubject == null && operatorType == null
                && operatorName == null && contractSignedOn == null && confidentialitySignedOn == null
                && responsiblePerson == null && responsiblePhone == null && functions == null && offersNews == null
                && offersAudioVideo == null && licenceNumber == null && ipv6Supported == null;
    }

    /** The account as it will be once this change is approved. */
    AccountDetails applyTo(AccountResponse current) {
        return new AccountDetails(current.platform(), or(platformAccountId, current.platformAccountId()), or(name, current.name()),
                current.avatarUrl(), or(certificationSubject, current.certificationSubject()), current.hostOrganizationId(),
                or(operatorType, current.operatorType()), or(operatorName, current.operatorName()),
                or(contractSignedOn, current.contractSignedOn()), or(confidentialitySignedOn, current.confidentialitySignedOn()),
                or(responsiblePerson, current.responsiblePerson()), or(responsiblePhone, current.responsiblePhone()),
                or(functions, current.functions()), or(offersNews, current.offersNews()),
                or(offersAudioVideo, current.offersAudioVideo()), or(licenceNumber, current.licenceNumber()),
                or(ipv6Supported, current.ipv6Supported()));
    }

    private static <T> T or(T changed, T current) {
        return changed != null ? changed : current;
    }
}
