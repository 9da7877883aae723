package cn.gov.nantong.govmedia.calendar;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class CalendarService {

    private final DatabaseClient db;
    private final CurrentUsers users;
    private final AuditLog audit;

    CalendarService(DatabaseClient db, CurrentUsers users, AuditLog audit) {
        this.db = db;
        this.users = users;
        this.audit = audit;
    }

    Mono<CalendarYear> year(int year) {
        Mono<List<Object[]>> days = db.sql("select day, kind, name from calendar_days where notice_year = :year order by day")
                .bind("year", year)
                .map(row -> new Object[] {row.get("day", LocalDate.class), row.get("kind", String.class), row.get("name", String.class)})
                .all().collectList();
        return db.sql("select source, updated_at, updated_by from calendar_years where year = :year")
                .bind("year", year)
                .map(row -> new Object[] {row.get("source", String.class), row.get("updated_at", OffsetDateTime.class),
                        row.get("updated_by", String.class)})
                .one()
                .zipWith(days, (header, rows) -> new CalendarYear(year, true, (String) header[0], (OffsetDateTime) header[1],
                        (String) header[2], of(rows, DayKind.HOLIDAY), of(rows, DayKind.MAKE_UP_WORKDAY)))
                .defaultIfEmpty(new CalendarYear(year, false, null, null, null, List.of(), List.of()));
    }

    @Transactional
    public Mono<CalendarYear> replace(int year, CalendarYearRequest request) {
        validate(year, request);
        return year(year).flatMap(before -> users.current().map(CurrentUser::username).defaultIfEmpty("system")
                .flatMap(actor -> db.sql("""
                                insert into calendar_years (year, source, updated_at, updated_by) values (:year, :source, now(), :actor)
                                on conflict (year) do update set source = excluded.source, updated_at = now(), updated_by = excluded.updated_by""")
                        .bind("year", year).bind("source", request.source()).bind("actor", actor).then())
                .then(db.sql("delete from calendar_days where notice_year = :year").bind("year", year).then())
                .then(insert(year, request.holidays(), DayKind.HOLIDAY))
                .then(insert(year, request.makeUpWorkdays(), DayKind.MAKE_UP_WORKDAY))
                .then(year(year))
                .flatMap(after -> audit.record("REPLACE", "calendar_year", year, before.known() ? before : null, after)
                        .thenReturn(after)));
    }

    private Mono<Void> insert(int year, List<CalendarDay> days, DayKind kind) {
        return Flux.fromIterable(days)
                .concatMap(day -> db.sql("""
                                insert into calendar_days (day, notice_year, kind, name) values (:day, :year, :kind, :name)
                                on conflict (day) do nothing""")
                        .bind("day", day.date()).bind("year", year).bind("kind", kind.name()).bind("name", day.name())
                        .fetch().rowsUpdated()
                        .flatMap(rows -> rows == 1 ? Mono.empty() : Mono.error(ApiProblemException.conflict("DAY_OF_ANOTHER_YEAR",
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

    private static List<CalendarDay> of(List<Object[]> rows, DayKind kind) {
        return rows.stream().filter(row -> kind.name().equals(row[1]))
                .map(row -> new CalendarDay((LocalDate) row[0], (String) row[2])).toList();
    }
}
