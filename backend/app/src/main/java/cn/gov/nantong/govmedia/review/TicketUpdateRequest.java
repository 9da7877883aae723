package cn.gov.nantong.govmedia.review;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Schema(description = "修改草稿或退回的审核单（只改出现的字段）/ edit a draft or a returned ticket")
record TicketUpdateRequest(
        @Schema(example = "崇川区中小学秋季运动会开幕") @Size(min = 1, max = 200) String title,
        @Schema(example = "正文……") @Size(min = 1, max = 100_000) String body,
        @Schema(example = "新华社") @Size(max = 100) String sourceName,
        @Schema(description = "REPOST: the source's http(s) URL (Art 21)", example = "https://www.news.cn/2026-11/28/c_1.htm") @Size(max = 500)
        String sourceUrl,
        @Schema(description = "REPOST: the source's title; the ticket's title must equal it (Art 21)", example = "崇川区中小学秋季运动会开幕")
        @Size(max = 200) String sourceTitle,
        @Schema(example = "GENERAL") Classification classification,
        @Schema(description = "The version read; a stale one is refused with 409", example = "0") @NotNull @PositiveOrZero Long version) {
}
