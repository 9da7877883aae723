package cn.gov.nantong.govmedia.publication;

import cn.gov.nantong.govmedia.contentcheck.ContentCheckRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

@Schema(description = "登记一条在系统外发布的内容 / record content published outside the system")
record PublicationRequest(
        @Schema(example = "1") @NotNull @Positive Long accountId,
        @Schema(example = "2026-11-27T09:30:00+08:00") @NotNull @PastOrPresent OffsetDateTime publishedAt,
        @Schema(example = "ORIGINAL") @NotNull ContentCheckRequest.Origin origin,
        @Schema(example = "崇川区中小学秋季运动会开幕") @NotBlank @Size(max = 200) String title,
        @Schema(example = "https://mp.weixin.qq.com/s/abc123") @NotBlank @Size(max = 1000) @Pattern(regexp = "^https?://\\S+$") String url,
        @Schema(description = "REPOST: the source (Art 21)", example = "新华社") @Size(max = 100) String sourceName) {
}
