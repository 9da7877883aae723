package cn.gov.nantong.govmedia.review;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

@Schema(description = "登记发布 / record that the approved content was published")
record PublishRequest(
        @Schema(example = "https://mp.weixin.qq.com/s/abc123") @NotBlank @Size(max = 1000) @Pattern(regexp = "^https?://\\S+$") String url,
        @Schema(example = "2026-11-29T09:00:00+08:00") @NotNull @PastOrPresent OffsetDateTime publishedAt) {
}
