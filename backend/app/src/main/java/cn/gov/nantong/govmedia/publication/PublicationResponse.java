package cn.gov.nantong.govmedia.publication;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "发布记录 / a publication record")
record PublicationResponse(
        @Schema(example = "1") long id,
        @Schema(example = "1") long accountId,
        @Schema(example = "崇川教育") String accountName,
        OffsetDateTime publishedAt,
        @Schema(example = "ORIGINAL") String origin,
        @Schema(example = "崇川区中小学秋季运动会开幕") String title,
        @Schema(example = "https://mp.weixin.qq.com/s/abc123") String url,
        @Schema(example = "新华社") @Nullable String sourceName,
        @Schema(description = "Recorded by import rather than by a review ticket", example = "true") boolean imported,
        @Schema(example = "cc-operator") String recordedBy) {
}
