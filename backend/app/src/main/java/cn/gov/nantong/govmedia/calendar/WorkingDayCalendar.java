package cn.gov.nantong.govmedia.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Deadlines in working days, read from the calendar tables so every instance sees the same data. */
@Component
public class WorkingDayCalendar {

    private final CalendarRepository repository;

    WorkingDayCalendar(CalendarRepository repository) {
        this.repository = repository;
    }

    public Mono<WorkingDayResult> plus(LocalDate from, int workingDays) {
        // Long holidays never stretch N working days beyond 3N + 30 calendar days.
        LocalDate until = from.plusDays(3L * workingDays + 30);
        return Mono.zip(repository.specialDays(from, until), repository.knownYears()).map(data -> {
            LocalDate date = WorkingDays.plus(from, workingDays, data.getT1());
            List<Integer> missing = IntStream.rangeClosed(from.plusDays(1).getYear(), date.getYear()).boxed()
                    .filter(year -> !data.getT2().contains(year)).toList();
            String note = missing.isEmpty() ? "按国务院节假日安排计算"
                    : missing + " 年无节假日数据，按周一至周五计算 / no holiday data for " + missing + ": Monday to Friday assumed";
            return new WorkingDayResult(from, workingDays, date, missing.isEmpty(), missing, note);
        });
    }
}
