package cn.gov.nantong.govmedia.rumour;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

@Schema(description = "辟谣信息（新建或整体替换）/ a rumour rebuttal to create or replace")
record RebuttalRequest(
        @Schema(example = "关于“崇川区中小学延期至12月开学”的辟谣") @NotBlank @Size(max = 100) String title,
        @Schema(description = "谣言原文（按传播时的说法）", example = "网传“崇川区中小学因流感停课，延期至12月10日开学”。")
        @NotBlank @Size(max = 2000) String rumour,
        @Schema(description = "事实真相：富文本（编辑器的 HTML），保存时净化；纯文本照常接受",
                example = "<p>经核实，崇川区中小学教学秩序正常，未作出停课或延期开学的决定。</p>")
        @NotBlank @Size(max = 10_000) String truth,
        @Schema(description = "依据说明", example = "崇川区教育体育局2026年11月27日工作通知。") @Size(max = 5_000) String evidence,
        @Schema(description = "依据链接（最多10个）", example = "[\"https://www.chongchuan.gov.cn/jtj/art/2026/11/27/1.html\"]")
        @Size(max = 10) List<@NotBlank @Size(max = 1000) @Pattern(regexp = URL) String> evidenceLinks,
        @Schema(description = "谣言出现的位置，最早的在前（最多10个）", example = "[\"https://weibo.com/1234567890/Abc123\"]")
        @Size(max = 10) List<@NotBlank @Size(max = 1000) @Pattern(regexp = URL) String> rumourAppearances,
        @Schema(example = "FALSE") @NotNull Verdict verdict,
        @Schema(description = "发布辟谣的单位", example = "19") @NotNull @Positive Long organizationId,
        @Schema(description = "发布辟谣的账号，须为该单位主办", example = "1") @NotNull @Positive Long accountId,
        @Schema(description = "反映该谣言的公众留言、投诉编号", example = "[12, 15]") @Size(max = 50) List<@NotNull @Positive Long> complaintIds,
        @Schema(description = "替换时必填：读取时的版本号（乐观锁）", example = "0") @PositiveOrZero Long version) {

    static final String URL = "^https?://\\S+$";

    List<String> evidenceLinksOrEmpty() {
        return evidenceLinks == null ? List.of() : evidenceLinks.stream().map(String::trim).toList();
    }

    List<String> rumourAppearancesOrEmpty() {
        return rumourAppearances == null ? List.of() : rumourAppearances.stream().map(String::trim).toList();
    }

    List<Long> complaintIdsOrEmpty() {
        return complaintIds == null ? List.of() : complaintIds.stream().distinct().sorted().toList();
    }
}
