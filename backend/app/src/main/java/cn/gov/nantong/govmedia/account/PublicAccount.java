package cn.gov.nantong.govmedia.account;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "公开目录中的官方账号 / an official account in the public directory")
record PublicAccount(
        @Schema(example = "42") long id,
        @Schema(example = "WECHAT_OFFICIAL") Platform platform,
        @Schema(example = "健康崇川") String name,
        @Schema(description = "ACTIVE, or CLOSING while its closure is announced (Art 16)", example = "ACTIVE") AccountStatus status,
        @Schema(example = "19") long hostOrganizationId) {
}
