package cn.gov.nantong.govmedia.contentcheck;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "词库中的一个词 / a lexicon term")
record LexiconTerm(
        @Schema(example = "12") long id,
        @Schema(example = "ADVERTISING") LexiconKind kind,
        @Schema(example = "限时抢购") String term,
        @Schema(example = "删除商业推广用语") @Nullable String suggestion,
        OffsetDateTime createdAt,
        @Schema(example = "city-admin") String createdBy) {
}
