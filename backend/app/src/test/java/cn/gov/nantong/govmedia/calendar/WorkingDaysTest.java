package cn.gov.nantong.govmedia.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final Map<LocalDate, DayKind> NATIONAL_DAY_2024 = Map.of(
            LocalDate.of(2024, 9, 29), DayKind.MAKE_UP_WORKDAY,
            LocalDate.of(2024, 10, 1), DayKind.HOLIDAY, LocalDate.of(2024, 10, 2), DayKind.HOLIDAY,
            LocalDate.of(2024, 10, 3), DayKind.HOLIDAY, LocalDate.of(2024, 10, 4), DayKind.HOLIDAY,
            LocalDate.of(2024, 10, 5), DayKind.HOLIDAY, LocalDate.of(2024, 10, 6), DayKind.HOLIDAY,
            LocalDate.of(2024, 10, 7), DayKind.HOLIDAY, LocalDate.of(2024, 10, 12), DayKind.MAKE_UP_WORKDAY);

    @Test
    void countingStartsOnTheNextWorkingDay() {
        assertThat(WorkingDays.plus(LocalDate.of(2024, 9, 30), 3, NATIONAL_DAY_2024)).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(WorkingDays.plus(LocalDate.of(2024, 9, 27), 1, NATIONAL_DAY_2024)).isEqualTo(LocalDate.of(2024, 9, 29));
        assertThat(WorkingDays.plus(LocalDate.of(2024, 10, 11), 1, NATIONAL_DAY_2024)).isEqualTo(LocalDate.of(2024, 10, 12));
    }

    @Test
    void withoutHolidayDataWeekendsAreSkipped() {
        assertThat(WorkingDays.plus(LocalDate.of(2030, 1, 4), 1, Map.of())).isEqualTo(LocalDate.of(2030, 1, 7));
        assertThat(WorkingDays.plus(LocalDate.of(2030, 1, 4), 0, Map.of())).isEqualTo(LocalDate.of(2030, 1, 4));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2024, 10, 12), NATIONAL_DAY_2024)).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2024, 10, 7), NATIONAL_DAY_2024)).isFalse();
    }

    @Test
    @Tag("16.3")
    void art16AnAnnouncementLastsFifteenFullWorkingDaysWhateverDayItStarts() {
        // a start on Friday, Saturday or Sunday: the partial or rest day never counts, the 15th full working day is the same
        LocalDate fifteenth = LocalDate.of(2030, 1, 25);
        for (int day = 4; day <= 6; day++) {
            assertThat(WorkingDays.plus(LocalDate.of(2030, 1, day), 15, Map.of())).isEqualTo(fifteenth);
        }
        assertThat(WorkingDays.plus(LocalDate.of(2030, 1, 7), 15, Map.of())).isEqualTo(LocalDate.of(2030, 1, 28));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> WorkingDays.plus(LocalDate.of(2024, 1, 1), -1, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
