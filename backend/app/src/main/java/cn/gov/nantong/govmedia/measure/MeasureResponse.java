package cn.gov.nantong.govmedia.measure;

import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "监管措施 / a measure (Art 34)")
record MeasureResponse(
        @Schema(example = "1") long id,
        @Schema(example = "ORDERED_CLOSURE") MeasureType type,
        @Schema(example = "1") @Nullable Long accountId,
        @Schema(example = "崇川教育") @Nullable String accountName,
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "连续三个月未更新，责令关闭") String basis,
        @Schema(example = "通政办〔2026〕31号") @Nullable String documentNumber,
        LocalDate decidedOn,
        @Schema(description = "ORDERED_CLOSURE: the CLOSE filing it opened", example = "7") @Nullable Long filingId,
        @Schema(example = "city-admin") String createdBy,
        OffsetDateTime createdAt) {

    static final RecordRows<MeasureResponse> ROWS = RecordRows.of(MeasureResponse.class);
}
