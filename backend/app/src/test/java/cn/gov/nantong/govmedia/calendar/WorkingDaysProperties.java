package cn.gov.nantong.govmedia.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Working-day arithmetic (reply and rectification deadlines) over random holiday calendars. */
class WorkingDaysProperties {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Provide
    Arbitrary<Map<LocalDate, DayKind>> calendars() {
        return Arbitraries.integers().between(0, 200).list().ofMaxSize(40)
                .flatMap(offsets -> Arbitraries.of(DayKind.values()).list().ofSize(offsets.size()).map(kinds -> {
                    Map<LocalDate, DayKind> days = new HashMap<>();
                    for (int i = 0; i < offsets.size(); i++) {
                        days.put(START.plusDays(offsets.get(i)), kinds.get(i));
                    }
                    return days;
                }));
    }

    @Property
    void theNthWorkingDayIsAWorkingDayWithExactlyNWorkingDaysUpToIt(@ForAll("calendars") Map<LocalDate, DayKind> calendar,
                                                                   @ForAll @IntRange(max = 60) int from,
                                                                   @ForAll @IntRange(max = 30) int n) {
        LocalDate start = START.plusDays(from);
        LocalDate due = WorkingDays.plus(start, n, calendar);
        long counted = start.plusDays(1).datesUntil(due.plusDays(1)).filter(d -> WorkingDays.isWorkingDay(d, calendar)).count();
        assertThat(counted).isEqualTo(n);
        if (n > 0) {
            assertThat(WorkingDays.isWorkingDay(due, calendar)).isTrue();
        } else {
            assertThat(due).isEqualTo(start);
        }
    }

    @Property
    void moreWorkingDaysNeverEndEarlier(@ForAll("calendars") Map<LocalDate, DayKind> calendar, @ForAll @IntRange(max = 30) int n) {
        assertThat(WorkingDays.plus(START, n + 1, calendar)).isAfter(WorkingDays.plus(START, n, calendar));
    }

    @Property
    void withoutSpecialDaysFiveWorkingDaysAreOneWeek(@ForAll @IntRange(max = 365) int from) {
        LocalDate start = START.plusDays(from);
        LocalDate due = WorkingDays.plus(start, 5, Map.of());
        assertThat(due).isBetween(start.plusDays(5), start.plusDays(7));
    }
}
