package cn.gov.nantong.govmedia.filing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "主管单位审核备案 / the competent authority's decision")
record FilingDecisionRequest(
        @Schema(example = "APPROVE") @NotNull Decision decision,
        @Schema(description = "Required when returning", example = "认证主体与主办单位名称不一致，请更正后重新提交") @Size(max = 500) String reason) {

    enum Decision { APPROVE, RETURN }
}
