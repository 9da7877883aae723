package cn.gov.nantong.govmedia.repost;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "下发转发任务 / issue a required repost (Art 21)")
record RepostTaskRequest(
        @Schema(example = "学习贯彻党的二十届四中全会精神") @NotBlank @Size(max = 200) String title,
        @Schema(example = "https://www.news.cn/politics/2026-11/28/c_1.htm") @NotBlank @Size(max = 1000)
        @Pattern(regexp = "^https?://\\S+$") String sourceUrl,
        @Schema(description = "The source's own title, when it differs from the task's", example = "学习贯彻党的二十届四中全会精神")
        @Size(max = 200) String sourceTitle,
        @Schema(example = "请各账号于截止日前转发，不得修改标题") @Size(max = 2000) String note,
        @Schema(description = "Last day to repost (Beijing date), today or later", example = "2026-12-08") @NotNull LocalDate deadline,
        @Schema(description = "Accounts that must repost, in the issuer's scope", example = "[1, 2]") @NotEmpty @Size(max = 500)
        List<@NotNull @Positive Long> accountIds) {
}
