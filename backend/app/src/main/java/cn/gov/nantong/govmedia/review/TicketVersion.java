package cn.gov.nantong.govmedia.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

@Schema(description = "审核单的一个内容版本 / one saved version of a ticket's content, for the reviewers' diff")
record TicketVersion(
        @Schema(example = "2") int number,
        @Schema(example = "崇川区中小学秋季运动会开幕") String title,
        String body,
        @Schema(example = "cc-operator") String createdBy,
        OffsetDateTime createdAt) {
}
