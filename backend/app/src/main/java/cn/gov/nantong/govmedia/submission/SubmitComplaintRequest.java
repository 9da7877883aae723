package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.account.Platform;
import cn.gov.nantong.govmedia.complaint.ComplaintKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "公众提交 / a public submission: exactly one of accountId and organizationId names the target")
record SubmitComplaintRequest(
        @Schema(example = "CONSULTATION") @NotNull ComplaintKind kind,
        @Schema(description = "The account addressed", example = "1") @Positive @Nullable Long accountId,
        @Schema(description = "Or the organization addressed", example = "19") @Positive @Nullable Long organizationId,
        @Schema(example = "孩子转学需要哪些材料？") @NotBlank @Size(max = 100) String title,
        @Schema(example = "我家孩子明年春季从海门转学到崇川区，请问需要准备哪些材料？") @NotBlank @Size(max = 5000) String content,
        @Schema(description = "Never shown publicly; only the handling organization may read it") @Valid @Nullable Contact contact,
        @Schema(description = "ERROR_REPORT: the address of the wrong content", example = "https://mp.weixin.qq.com/s/abc")
        @Size(max = 1000) @Pattern(regexp = "^https?://\\S+$") @Nullable String errorUrl,
        @Schema(description = "COUNTERFEIT_REPORT: the suspect account") @Valid @Nullable Suspect suspect) {

    @Schema(description = "联系方式 / the submitter's contact")
    record Contact(
            @Schema(example = "张先生") @Size(max = 50) @Nullable String name,
            @Schema(description = "Mainland mobile number", example = "13912345678")
            @Pattern(regexp = "^1[3-9][0-9]{9}$") @Nullable String phone) {
    }

    @Schema(description = "被举报的疑似假冒账号 / the suspect account")
    record Suspect(
            @Schema(example = "DOUYIN") @NotNull Platform platform,
            @Schema(example = "崇川教育发布") @NotBlank @Size(max = 100) String name,
            @Schema(example = "https://www.douyin.com/user/fake123") @Size(max = 1000)
            @Pattern(regexp = "^https?://\\S+$") @Nullable String link) {
    }
}
