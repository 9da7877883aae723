package cn.gov.nantong.govmedia.rumour;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "辟谣信息流的一段 / one slice of the rebuttal feed, newest first")
record PublicRebuttalFeed(
        List<PublicRebuttal> items,
        @Schema(description = "Pass as `after` for the next slice; absent on the last one", example = "cHViOjE3NjQyOTE2MDAwMDAwMDA6NDI")
        @Nullable String nextCursor) {
}
