package cn.gov.nantong.govmedia.duty;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Schema(description = "值班空档 / a rest day (statutory holiday or weekend) on which no shift is rostered")
record DutyGap(
        @Schema(example = "2026-10-01") LocalDate day,
        @Schema(description = "HOLIDAY (State Council notice) or WEEKEND", example = "HOLIDAY") Kind kind,
        @Schema(example = "国庆节") @Nullable String holiday) {

    enum Kind { HOLIDAY, WEEKEND }
}
