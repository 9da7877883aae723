package cn.gov.nantong.govmedia.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "官方账号核验结果 / whether an account is an official, registered one")
public record AccountVerification(
        @Schema(description = "True when a registered, live account matches exactly", example = "true") boolean official,
        @Schema(example = "“崇川教育”是南通市崇川区教育体育局开设的政务新媒体账号") String message,
        @Schema(description = "True when the name is in the register of confirmed counterfeit accounts (Art 30)", example = "false")
        boolean knownCounterfeit,
        List<Match> matches,
        @Schema(description = "Registered accounts with similar names: a look-alike may be a counterfeit") List<Match> similar) {

    @Schema(description = "一个已登记账号 / a registered account")
    public record Match(
            @Schema(description = "The account's id, to address a submission to it", example = "42") long id,
            @Schema(example = "19") long hostOrganizationId,
            @Schema(example = "崇川教育") String name,
            @Schema(example = "WECHAT_OFFICIAL") Platform platform,
            @Schema(example = "gh_3a1b2c3d4e5f") @Nullable String platformAccountId,
            @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
            @Schema(example = "ACTIVE") AccountStatus status,
            @Schema(description = "Name similarity 0..1 (similar only)", example = "0.6") @Nullable Double similarity) {
    }
}
