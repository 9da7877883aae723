package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.review.Classification;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "辟谣信息 / a rumour rebuttal, as staff see it")
record RebuttalResponse(
        @Schema(example = "1") long id,
        @Schema(example = "关于“崇川区中小学延期至12月开学”的辟谣") String title,
        @Schema(example = "网传“崇川区中小学因流感停课，延期至12月10日开学”。") String rumour,
        @Schema(description = "Sanitized rich text (HTML)", example = "<p>经核实，崇川区中小学教学秩序正常，未作出停课或延期开学的决定。</p>") String truth,
        @Schema(example = "崇川区教育体育局2026年11月27日工作通知。") @Nullable String evidence,
        @Schema(example = "[\"https://www.chongchuan.gov.cn/jtj/art/2026/11/27/1.html\"]") List<String> evidenceLinks,
        @Schema(example = "[\"https://weibo.com/1234567890/Abc123\"]") List<String> rumourAppearances,
        @Schema(example = "FALSE") Verdict verdict,
        @Schema(description = "评级中文名", example = "谣言") String verdictName,
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "1") long accountId,
        @Schema(example = "崇川教育") String accountName,
        @Schema(example = "[12, 15]") List<Long> complaintIds,
        @Schema(example = "IN_REVIEW") RebuttalStatus status,
        @Schema(description = "当前审核单", example = "7") @Nullable Long reviewTicketId,
        @Schema(example = "IN_REVIEW") @Nullable String reviewTicketStatus,
        @Schema(example = "IMPORTANT") @Nullable Classification classification,
        @Schema(example = "https://mp.weixin.qq.com/s/abc123") @Nullable String publishedUrl,
        @Nullable OffsetDateTime publishedAt,
        @Schema(example = "cc-operator") String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "1") long version) {
}
