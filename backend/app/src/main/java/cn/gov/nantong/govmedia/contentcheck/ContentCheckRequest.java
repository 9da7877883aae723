package cn.gov.nantong.govmedia.contentcheck;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "待检查的内容 / content to check")
public record ContentCheckRequest(
        @Schema(example = "关于做好秋季学期开学工作的通知") @Size(max = 200) String title,
        @Schema(example = "家长可拨打 13812345678 咨询。") @NotNull @Size(max = 100_000) String body,
        @Schema(example = "ORIGINAL") @NotNull Origin origin,
        @Schema(description = "REPOST: the source's name (Art 21)", example = "新华社") @Size(max = 100) String sourceName,
        @Schema(description = "REPOST: the source's URL", example = "https://www.news.cn/2026-11/28/c_1.htm") @Size(max = 500) String sourceUrl) {

    public enum Origin { ORIGINAL, REPOST }
}
