package cn.gov.nantong.govmedia.changefeed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

@Schema(description = "一次备案变化 / one committed change of a filing")
record FilingChange(
        @Schema(example = "1024") long sequence,
        @Schema(example = "42") long filingId,
        OffsetDateTime changedAt,
        // the stored jsonb text, sent as it is rather than parsed and written again
        @Schema(description = "The filing row after the change", implementation = Object.class)
        @JsonRawValue String filing) {
}
