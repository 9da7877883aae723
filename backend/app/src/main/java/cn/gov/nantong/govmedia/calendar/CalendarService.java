package cn.gov.nantong.govmedia.calendar;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The working-day calendar as CITY_ADMIN keeps it: a year's notice replaced whole, checked, audited. */
@Service
class CalendarService {

    private final CalendarRepository repository;
    private final CurrentUsers users;
    private final AuditLog audit;

    CalendarService(CalendarRepository repository, CurrentUsers users, AuditLog audit) {
        this.repository = repository;
        this.users = users;
        this.audit = audit;
    }

    Mono<CalendarYear> year(int year) {
        return repository.year(year).defaultIfEmpty(new CalendarYear(year, false, null, null, null, List.of(), List.of()));
    }

    @Transactional
    public Mono<CalendarYear> replace(int year, CalendarYearRequest request) {
        validate(year, request);
        return year(year).flatMap(before -> users.current().map(CurrentUser::username).defaultIfEmpty("system")
                .flatMap(actor -> repository.resetYear(year, request.source(), actor))
                .then(insert(year, request.holidays(), DayKind.HOLIDAY))
                .then(insert(year, request.makeUpWorkdays(), DayKind.MAKE_UP_WORKDAY))
                .then(year(year))
                .flatMap(after -> audit.record("REPLACE", "calendar_year", year, before.known() ? before : null, after)
                        .thenReturn(after)));
    }

    private Mono<Void> insert(int year, List<CalendarDay> days, DayKind kind) {
        return Flux.fromIterable(days)
                .concatMap(day -> repository.insertDay(year, day, kind)
                        .flatMap(stored -> stored ? Mono.<Void>empty() : Mono.error(ApiProblemException.conflict("DAY_OF_ANOTHER_YEAR",
                                day.date() + " 已属于另一年度的节假日安排", day.date() + " belongs to another year's notice"))))
                .then();
    }

    private static void validate(int year, CalendarYearRequest request) {
        if (year < 2000 || year > 2100) {
            throw ApiProblemException.invalidField("year", "Range", "年份须在 2000 到 2100 之间", "year must be between 2000 and 2100");
        }
        Set<LocalDate> seen = new HashSet<>();
        check(year, request.holidays(), "holidays", seen, false);
        check(year, request.makeUpWorkdays(), "makeUpWorkdays", seen, true);
    }

    private static void check(int year, List<CalendarDay> days, String field, Set<LocalDate> seen, boolean weekendOnly) {
        for (int i = 0; i < days.size(); i++) {
            LocalDate date = days.get(i).date();
            String name = field + "[" + i + "].date";
            boolean inNotice = date.getYear() == year || (date.getYear() == year - 1 && date.getMonthValue() == 12);
            if (!inNotice) {
                throw ApiProblemException.invalidField(name, "NoticeYear", "日期须在 " + year + " 年内（或上年 12 月）",
                        "the date must fall in " + year + " (or December of the year before)");
            }
            if (weekendOnly && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw ApiProblemException.invalidField(name, "Weekend", "调休上班日须为周六或周日",
                        "a make-up working day must be a Saturday or Sunday");
            }
            if (!seen.add(date)) {
                throw ApiProblemException.invalidField(name, "Duplicate", "日期重复", "the date is listed twice");
            }
        }
    }
}
