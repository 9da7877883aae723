package cn.gov.nantong.govmedia.user;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "用户所在单位 / the user's organization")
record UserOrganization(
        @Schema(example = "19") long id,
        @Schema(example = "CC-EDU") String code,
        @Schema(example = "南通市崇川区教育体育局") String name) {
}
