package cn.gov.nantong.govmedia.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

@Schema(description = "人员离岗 / a member of staff leaves")
record DepartureRequest(@Schema(example = "2026-11-30") @NotNull LocalDate departedOn) {
}
