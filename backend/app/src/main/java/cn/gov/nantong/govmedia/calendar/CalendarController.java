package cn.gov.nantong.govmedia.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar")
class CalendarController {

    private final CalendarService service;
    private final WorkingDayCalendar workingDays;

    CalendarController(CalendarService service, WorkingDayCalendar workingDays) {
        this.service = service;
        this.workingDays = workingDays;
    }

    @GetMapping("/working-days")
    @Operation(operationId = "addWorkingDays", summary = "计算 N 个工作日后的日期",
            description = "Counts from the next working day after `from`; the N-th working day is returned. Any administrator role.")
    Mono<WorkingDayResult> workingDays(
            @Parameter(example = "2024-09-30") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(example = "3") @RequestParam @Min(0) @Max(250) int days) {
        return workingDays.plus(from, days);
    }

    @GetMapping("/{year}")
    @Operation(operationId = "getCalendarYear", summary = "某年节假日与调休安排",
            description = "A year without data answers known=false (Monday to Friday is then assumed). Any administrator role.")
    Mono<CalendarYear> year(@Parameter(example = "2026") @PathVariable @Min(2000) @Max(2100) int year) {
        return service.year(year);
    }

    @PutMapping("/{year}")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "replaceCalendarYear", summary = "录入或更正某年节假日安排",
            description = "Replaces the year's holidays and make-up working days. CITY_ADMIN only. Audited.")
    Mono<CalendarYear> replace(@Parameter(example = "2027") @PathVariable int year,
                               @Valid @RequestBody CalendarYearRequest request) {
        return service.replace(year, request);
    }
}
