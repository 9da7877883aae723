package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.contentcheck.ContentCheckRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

@Schema(description = "新建审核单 / a draft for one account")
record TicketRequest(
        @Schema(example = "1") @NotNull @Positive Long accountId,
        @Schema(example = "崇川区中小学秋季运动会开幕") @NotBlank @Size(max = 200) String title,
        @Schema(example = "11月27日，崇川区中小学秋季运动会在区体育中心开幕。") @NotBlank @Size(max = 100_000) String body,
        @Schema(example = "ORIGINAL") @NotNull ContentCheckRequest.Origin origin,
        @Schema(example = "新华社") @Size(max = 100) String sourceName,
        @Schema(description = "REPOST: the source's http(s) URL, required (Art 21)", example = "https://www.news.cn/2026-11/28/c_1.htm") @Size(max = 500) String sourceUrl,
        @Schema(description = "REPOST: the source's own title; the ticket's title must equal it (Art 21)", example = "崇川区中小学秋季运动会开幕")
        @Size(max = 200) String sourceTitle,
        @Schema(description = "Raised to MAJOR automatically for sensitive topics (Art 17)", example = "IMPORTANT") @NotNull
        Classification classification,
        @Schema(example = "2026-11-29T09:00:00+08:00") OffsetDateTime plannedAt,
        @Schema(description = "TEXT (default) or HTML rich text, sanitized on save", example = "TEXT") BodyFormat bodyFormat) {

    BodyFormat format() {
        return bodyFormat == null ? BodyFormat.TEXT : bodyFormat;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The request with its body as it will be stored: rich text sanitized. */
    TicketRequest normalized() {
        return new TicketRequest(accountId, title, format().normalize(body), origin, sourceName, trimmed(sourceUrl), trimmed(sourceTitle),
                classification, plannedAt, format());
    }
}
