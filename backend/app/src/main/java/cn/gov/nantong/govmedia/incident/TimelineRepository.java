package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.incident.accountability.AccountabilityRecord;
import cn.gov.nantong.govmedia.incident.accountability.AccountabilityRequest;
import cn.gov.nantong.govmedia.incident.grade.GradeRule;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An incident's timeline, response posts and accountability records, and the updates each step makes to the incident.
 * Every update checks the version it was given and returns the rows it changed (0: somebody else was first).
 */
@Repository
class TimelineRepository {

    private static final RecordRows<IncidentEvent> EVENTS = RecordRows.of(IncidentEvent.class);
    private static final RecordRows<LinkedTicket> TICKETS = RecordRows.of(LinkedTicket.class);
    private static final RecordRows<AccountabilityRecord> ACCOUNTABILITY = RecordRows.of(AccountabilityRecord.class);

    private final DatabaseClient db;

    TimelineRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<IncidentEvent> events(long incidentId) {
        return db.sql("select * from incident_events where incident_id = :id order by occurred_at, id").bind("id", incidentId)
                .map(EVENTS).all();
    }

    Flux<LinkedTicket> tickets(long incidentId) {
        return db.sql("""
                        select it.ticket_id, r.title, r.status, r.published_at, it.linked_at
                          from incident_tickets it join review_tickets r on r.id = it.ticket_id
                         where it.incident_id = :id order by it.linked_at, it.ticket_id""")
                .bind("id", incidentId).map(TICKETS).all();
    }

    Flux<AccountabilityRecord> accountability(long incidentId) {
        return db.sql("""
                        select r.*, o.name as organization_name from accountability_records r
                          join organizations o on o.id = r.organization_id where r.incident_id = :id order by r.id""")
                .bind("id", incidentId).map(ACCOUNTABILITY).all();
    }

    Mono<Void> event(long incidentId, IncidentEventKind kind, String by, IncidentEventRequest request,
                     @Nullable String notifiedPerson, @Nullable Boolean onTime, @Nullable OffsetDateTime at) {
        return db.sql("""
                        insert into incident_events (incident_id, kind, recorded_by, note, grade, forwarded_to, receipt_no, ticket_id,
                                                     notified_person, on_time, occurred_at)
                        values (:id, :kind, :by, :note, :grade, :forwardedTo, :receiptNo, :ticketId, :notified, :onTime,
                                coalesce(cast(:at as timestamptz), now()))""")
                .bind("id", incidentId).bind("kind", kind.name()).bind("by", by)
                .bind("note", text(request.note()))
                .bind("grade", Parameter.fromOrEmpty(request.grade() == null ? null : request.grade().name(), String.class))
                .bind("forwardedTo", Parameter.fromOrEmpty(request.forwardedTo() == null ? null : request.forwardedTo().name(),
                        String.class))
                .bind("receiptNo", text(request.receiptNo()))
                .bind("ticketId", Parameter.fromOrEmpty(request.ticketId(), Long.class))
                .bind("notified", Parameter.fromOrEmpty(notifiedPerson, String.class))
                .bind("onTime", Parameter.fromOrEmpty(onTime, Boolean.class))
                .bind("at", Parameter.fromOrEmpty(at, OffsetDateTime.class))
                .then();
    }

    Mono<Long> regrade(long id, long version, GradeRule rule, @Nullable OffsetDateTime responseDue, @Nullable OffsetDateTime takedownDue,
                       OffsetDateTime reportDue) {
        return versioned(db.sql("""
                        update incidents set grade = :grade, report_due_at = :reportDue, response_due_at = :responseDue,
                               takedown_due_at = :takedownDue, version = version + 1
                         where id = :id and version = :version"""), id, version)
                .bind("grade", rule.grade().name()).bind("reportDue", reportDue)
                .bind("responseDue", Parameter.fromOrEmpty(responseDue, OffsetDateTime.class))
                .bind("takedownDue", Parameter.fromOrEmpty(takedownDue, OffsetDateTime.class))
                .fetch().rowsUpdated();
    }

    Mono<Long> escalate(long id, long version, long authorityId) {
        return versioned(db.sql("""
                        update incidents set status = 'ESCALATED', escalated_to_organization_id = :authority, escalated_at = now(),
                               version = version + 1
                         where id = :id and version = :version"""), id, version)
                .bind("authority", authorityId).fetch().rowsUpdated();
    }

    Mono<Long> acknowledge(long id, long version, String by) {
        return versioned(db.sql("""
                        update incidents set acknowledged_at = now(), acknowledged_by = :by, version = version + 1
                         where id = :id and version = :version"""), id, version)
                .bind("by", by).fetch().rowsUpdated();
    }

    Mono<Long> takeDown(long id, long version) {
        return versioned(db.sql("update incidents set taken_down_at = now(), version = version + 1 where id = :id and version = :version"),
                id, version).fetch().rowsUpdated();
    }

    Mono<Long> close(long id, long version, String cause, String measures, boolean unfounded) {
        return versioned(db.sql("""
                        update incidents set status = 'CLOSED', closed_at = now(), cause = :cause, measures_taken = :measures,
                               unfounded = :unfounded, version = version + 1
                         where id = :id and version = :version"""), id, version)
                .bind("cause", cause.trim()).bind("measures", measures.trim()).bind("unfounded", unfounded)
                .fetch().rowsUpdated();
    }

    /** A step that changes nothing but the timeline still moves the version, so that two people do not record it twice. */
    Mono<Long> touch(long id, long version) {
        return versioned(db.sql("update incidents set version = version + 1 where id = :id and version = :version"), id, version)
                .fetch().rowsUpdated();
    }

    /** False when the ticket was linked before. */
    Mono<Boolean> link(long incidentId, long ticketId) {
        return db.sql("insert into incident_tickets (incident_id, ticket_id) values (:id, :ticket) on conflict do nothing")
                .bind("id", incidentId).bind("ticket", ticketId).fetch().rowsUpdated().map(rows -> rows > 0);
    }

    /** Whether the review ticket exists within the scope. */
    Mono<Boolean> ticketVisible(long ticketId, OrganizationScope scope) {
        return db.sql("select exists (select 1 from review_tickets r join organizations o on o.id = r.host_organization_id "
                        + "where r.id = :ticket and " + OrganizationScope.condition("o.path") + ") as visible")
                .bind("ticket", ticketId).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> row.get("visible", Boolean.class)).one();
    }

    Mono<Long> addAccountability(long incidentId, AccountabilityRequest request, String by) {
        return db.sql("""
                        insert into accountability_records (incident_id, subject_kind, subject_name, organization_id, measure,
                                                            decided_on, basis, created_by)
                        values (:id, :subjectKind, :subjectName, :organizationId, :measure, :decidedOn, :basis, :by) returning id""")
                .bind("id", incidentId).bind("subjectKind", request.subjectKind().name())
                .bind("subjectName", request.subjectName().trim()).bind("organizationId", request.organizationId())
                .bind("measure", request.measure().name()).bind("decidedOn", request.decidedOn())
                .bind("basis", request.basis().trim()).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    private static GenericExecuteSpec versioned(GenericExecuteSpec spec, long id, long version) {
        return spec.bind("id", id).bind("version", version);
    }

    private static Parameter text(@Nullable String text) {
        return Parameter.fromOrEmpty(text == null || text.isBlank() ? null : text.trim(), String.class);
    }
}
