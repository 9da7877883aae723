package cn.gov.nantong.govmedia.repost;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "目标账号的转发情况 / one target account's completion")
record RepostTarget(
        @Schema(example = "1") long accountId,
        @Schema(example = "崇川教育") String accountName,
        @Schema(example = "19") long hostOrganizationId,
        @Schema(example = "崇川区教育体育局") String hostName,
        @Schema(example = "DONE") RepostTargetState state,
        @Schema(description = "DONE: when the matching record was published") @Nullable OffsetDateTime publishedAt,
        @Schema(description = "DONE: the matching record's URL", example = "https://mp.weixin.qq.com/s/abc123") @Nullable String publishedUrl) {
}
