package cn.gov.nantong.govmedia.organization.directory;

import cn.gov.nantong.govmedia.organization.OrganizationLevel;
import cn.gov.nantong.govmedia.organization.OrganizationType;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "公开目录中的单位 / an organization in the public directory; parentId builds the tree")
record PublicOrganization(
        @Schema(example = "19") long id,
        @Schema(description = "Absent for the city government, the root", example = "7") @Nullable Long parentId,
        @Schema(example = "南通市崇川区卫生健康委员会") String name,
        @Schema(example = "崇川区卫健委") @Nullable String shortName,
        @Schema(example = "DEPARTMENT") OrganizationType type,
        @Schema(example = "COUNTY") OrganizationLevel level) {
}
