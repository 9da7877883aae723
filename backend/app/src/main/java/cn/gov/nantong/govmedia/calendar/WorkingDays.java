package cn.gov.nantong.govmedia.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working-day arithmetic: Monday to Friday, minus statutory holidays, plus make-up working days.
 * "Within N working days of an event" counts from the next working day; the N-th is the last day.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day, Map<LocalDate, DayKind> specialDays) {
        DayKind kind = specialDays.get(day);
        if (kind != null) {
            return kind == DayKind.MAKE_UP_WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public static LocalDate plus(LocalDate from, int workingDays, Map<LocalDate, DayKind> specialDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day, specialDays)) {
                counted++;
            }
        }
        return day;
    }
}
