package cn.gov.nantong.govmedia.counterfeit;

import cn.gov.nantong.govmedia.account.Platform;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "新建假冒账号线索 / a fake account staff found themselves (Art 30)")
record CounterfeitLeadRequest(
        @Schema(example = "DOUYIN") @NotNull Platform platform,
        @Schema(example = "崇川教育发布") @NotBlank @Size(max = 100) String name,
        @Schema(example = "https://www.douyin.com/user/fake") @Size(max = 1000) @Pattern(regexp = "^https?://\\S+$") @Nullable String link,
        @Schema(example = "19") @NotNull @Positive Long impersonatedOrganizationId,
        @Schema(description = "How it was found", example = "日常巡查中发现该账号冒用我局名义发布招生信息") @NotBlank @Size(max = 1000) String lead) {
}
