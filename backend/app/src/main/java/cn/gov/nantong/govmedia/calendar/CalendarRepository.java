package cn.gov.nantong.govmedia.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The State Council's holiday notices as stored: per year its source, and the holidays and make-up working days. */
@Repository
class CalendarRepository {

    private final DatabaseClient db;

    CalendarRepository(DatabaseClient db) {
        this.db = db;
    }

    /** A year's notice as stored; empty when the year has none. */
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
                        (String) header[2], of(rows, DayKind.HOLIDAY), of(rows, DayKind.MAKE_UP_WORKDAY)));
    }

    /** Stores the year's source and drops its days, ready for the new ones. */
    Mono<Void> resetYear(int year, String source, String actor) {
        return db.sql("""
                        insert into calendar_years (year, source, updated_at, updated_by) values (:year, :source, now(), :actor)
                        on conflict (year) do update set source = excluded.source, updated_at = now(), updated_by = excluded.updated_by""")
                .bind("year", year).bind("source", source).bind("actor", actor).then()
                .then(db.sql("delete from calendar_days where notice_year = :year").bind("year", year).then());
    }

    /** Whether the day was stored: false when another year's notice has it. */
    Mono<Boolean> insertDay(int year, CalendarDay day, DayKind kind) {
        return db.sql("""
                        insert into calendar_days (day, notice_year, kind, name) values (:day, :year, :kind, :name)
                        on conflict (day) do nothing""")
                .bind("day", day.date()).bind("year", year).bind("kind", kind.name()).bind("name", day.name())
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    /** The holidays and make-up working days after {@code from} up to {@code until}. */
    Mono<Map<LocalDate, DayKind>> specialDays(LocalDate from, LocalDate until) {
        return db.sql("select day, kind from calendar_days where day > :from and day <= :until")
                .bind("from", from).bind("until", until)
                .map(row -> Map.entry(row.get("day", LocalDate.class), DayKind.valueOf(row.get("kind", String.class))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
    }

    Mono<Set<Integer>> knownYears() {
        return db.sql("select year from calendar_years").map(row -> row.get("year", Integer.class)).all().collect(TreeSet::new, Set::add);
    }

    private static List<CalendarDay> of(List<Object[]> rows, DayKind kind) {
        return rows.stream().filter(row -> kind.name().equals(row[1]))
                .map(row -> new CalendarDay((LocalDate) row[0], (String) row[2])).toList();
    }
}
