package cn.gov.nantong.govmedia.duty;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class DutyRepository {

    private static final RecordRows<DutyShift> SHIFTS = RecordRows.of(DutyShift.class);
    private static final RecordRows<DutyGap> GAPS = RecordRows.of(DutyGap.class);

    private static final String FROM = """
             from duty_shifts s join organizations o on o.id = s.organization_id
            where (cast(:organizationId as bigint) is null or s.organization_id = :organizationId)
              and (cast(:from as timestamptz) is null or s.ends_at > :from)
              and (cast(:to as timestamptz) is null or s.starts_at < :to)
              and\s""" + OrganizationScope.condition("o.path");
    private static final String SELECT = "select s.*, o.name as organization_name" + FROM;

    private final DatabaseClient db;

    DutyRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<DutyShift> page(@Nullable Long organizationId, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to,
                         OrganizationScope scope, PageRequest page) {
        return bind(db.sql(SELECT + " order by s.starts_at, s.id limit :limit offset :offset"), organizationId, from, to, scope)
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(SHIFTS).all();
    }

    Mono<Long> count(@Nullable Long organizationId, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to,
                     OrganizationScope scope) {
        return bind(db.sql("select count(*) as total" + FROM), organizationId, from, to, scope)
                .map(row -> row.get("total", Long.class)).one();
    }

    /** The shifts running at {@code at}, one per organization at most (shifts of one organization never overlap). */
    Flux<DutyShift> runningAt(@Nullable Long organizationId, OffsetDateTime at, OrganizationScope scope) {
        return bind(db.sql(SELECT + " and s.starts_at <= :at and s.ends_at > :at order by o.path"), organizationId, null, null, scope)
                .bind("at", at).map(SHIFTS).all();
    }

    Mono<String> personOnDuty(long organizationId, OffsetDateTime at) {
        return db.sql("""
                        select person_on_duty || ' ' || phone as person from duty_shifts
                         where organization_id = :organizationId and starts_at <= :at and ends_at > :at""")
                .bind("organizationId", organizationId).bind("at", at).map(row -> row.get("person", String.class)).one();
    }

    Mono<DutyShift> findInScope(long id, OrganizationScope scope) {
        return bind(db.sql(SELECT + " and s.id = :id"), null, null, null, scope).bind("id", id).map(SHIFTS).one();
    }

    Mono<Long> insert(DutyShiftRequest shift, String by) {
        return db.sql("""
                        insert into duty_shifts (organization_id, starts_at, ends_at, person_on_duty, phone, backup_person,
                                                 backup_phone, created_by)
                        values (:organizationId, :startsAt, :endsAt, :person, :phone, :backupPerson, :backupPhone, :by)
                        returning id""")
                .bind("organizationId", shift.organizationId()).bind("startsAt", shift.startsAt()).bind("endsAt", shift.endsAt())
                .bind("person", shift.personOnDuty().trim()).bind("phone", shift.phone())
                .bind("backupPerson", Parameter.fromOrEmpty(blankToNull(shift.backupPerson()), String.class))
                .bind("backupPhone", Parameter.fromOrEmpty(blankToNull(shift.backupPhone()), String.class))
                .bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> handover(long id, String note, long expectedVersion) {
        return db.sql("""
                        update duty_shifts set handover_note = :note, updated_at = now(), version = version + 1
                         where id = :id and version = :version""")
                .bind("id", id).bind("note", note.trim()).bind("version", expectedVersion).fetch().rowsUpdated();
    }

    Mono<Long> delete(long id, long expectedVersion) {
        return db.sql("delete from duty_shifts where id = :id and version = :version")
                .bind("id", id).bind("version", expectedVersion).fetch().rowsUpdated();
    }

    /** Rest days in [from, to] (statutory holidays, and weekends that are not make-up working days) no shift touches. */
    Flux<DutyGap> gaps(long organizationId, LocalDate from, LocalDate to, String zone) {
        return db.sql("""
                        select d.day::date as day, coalesce(c.kind, 'WEEKEND') as kind, c.name as holiday
                          from generate_series(cast(:from as date), cast(:to as date), interval '1 day') as d (day)
                          left join calendar_days c on c.day = d.day::date
                         where (c.kind = 'HOLIDAY' or (c.kind is null and extract(isodow from d.day) in (6, 7)))
                           and not exists (select 1 from duty_shifts s
                                            where s.organization_id = :organizationId
                                              and s.starts_at < ((d.day::date + 1)::timestamp at time zone :zone)
                                              and s.ends_at > (d.day::date::timestamp at time zone :zone))
                         order by d.day""")
                .bind("organizationId", organizationId).bind("from", from).bind("to", to).bind("zone", zone)
                .map(GAPS).all();
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, @Nullable Long organizationId, @Nullable OffsetDateTime from,
                                           @Nullable OffsetDateTime to, OrganizationScope scope) {
        return spec.bind("organizationId", Parameter.fromOrEmpty(organizationId, Long.class))
                .bind("from", Parameter.fromOrEmpty(from, OffsetDateTime.class))
                .bind("to", Parameter.fromOrEmpty(to, OffsetDateTime.class))
                .bind(OrganizationScope.BIND_NAME, scope.path());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
