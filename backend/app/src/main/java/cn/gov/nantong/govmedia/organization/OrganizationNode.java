package cn.gov.nantong.govmedia.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "单位树的一个节点 / a node of the organization tree")
public record OrganizationNode(
        @Schema(example = "7") long id,
        @Schema(example = "CC-GOV") String code,
        @Schema(example = "南通市崇川区人民政府") String name,
        @Schema(example = "崇川区政府") @Nullable String shortName,
        @Schema(example = "GOVERNMENT") OrganizationType type,
        @Schema(example = "COUNTY") OrganizationLevel level,
        @Schema(example = "320613") String divisionCode,
        @Schema(example = "南通市人民政府办公室") @Nullable String competentAuthorityName,
        List<OrganizationNode> children) {
}
