package cn.gov.nantong.govmedia.rumour;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "已发布的辟谣 / a published rumour rebuttal")
record PublicRebuttal(
        @Schema(example = "1") long id,
        @Schema(example = "关于“崇川区中小学延期至12月开学”的辟谣") String title,
        @Schema(example = "网传“崇川区中小学因流感停课，延期至12月10日开学”。") String rumour,
        @Schema(description = "Sanitized rich text (HTML): formatting, links, images and tables only", example = "<p>经核实，崇川区中小学教学秩序正常，未作出停课或延期开学的决定。</p>") String truth,
        @Schema(example = "崇川区教育体育局2026年11月27日工作通知。") @Nullable String evidence,
        @Schema(example = "[\"https://www.chongchuan.gov.cn/jtj/art/2026/11/27/1.html\"]") List<String> evidenceLinks,
        @Schema(example = "[\"https://weibo.com/1234567890/Abc123\"]") List<String> rumourAppearances,
        @Schema(example = "FALSE") Verdict verdict,
        @Schema(example = "谣言") String verdictName,
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "崇川教育") String accountName,
        @Schema(example = "WECHAT_OFFICIAL") String platform,
        @Schema(example = "2026-11-28T09:00:00+08:00") OffsetDateTime publishedAt,
        @Schema(description = "发布地址", example = "https://mp.weixin.qq.com/s/abc123") String url) {
}
