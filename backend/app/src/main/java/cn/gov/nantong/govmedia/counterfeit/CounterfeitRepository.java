package cn.gov.nantong.govmedia.counterfeit;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Counterfeit investigations; visible to the impersonated organization's subtree and to the authority reported to. */
@Repository
class CounterfeitRepository {

    private static final RecordRows<CounterfeitResponse> ROWS = RecordRows.of(CounterfeitResponse.class);

    private static final String FROM = """
              from counterfeit_investigations ci
              left join complaints c on c.id = ci.complaint_id
              join organizations o on o.id = coalesce(ci.target_organization_id, c.target_organization_id)
              left join organizations au on au.id = ci.authority_organization_id
             where (o.path <@ cast(:scopePath as ltree) or au.path <@ cast(:scopePath as ltree))""";
    private static final String OVERDUE =
            "(ci.status = 'CONFIRMED_FAKE' and ci.takedown_confirmed_on is null and ci.takedown_deadline < :today)";
    private static final String SELECT = """
            select ci.id, ci.source, ci.complaint_id, c.tracking_number, ci.status,
                   coalesce(ci.suspect_platform, c.suspect_platform) as suspect_platform,
                   coalesce(ci.suspect_name, c.suspect_name) as suspect_name, coalesce(ci.suspect_link, c.suspect_link) as suspect_link,
                   o.id as impersonated_organization_id, o.name as impersonated_organization_name, ci.lead, ci.opened_by,
                   ci.authority_organization_id, au.name as authority_organization_name, ci.authority_report, ci.reason,
                   ci.decided_by, ci.decided_at, ci.letter_pdf is not null as letter_available, ci.takedown_deadline,
                   ci.takedown_confirmed_on, ci.takedown_confirmed_by, ci.takedown_note,
                   coalesce(""" + OVERDUE + ", false) as takedown_overdue, ci.created_at, ci.version" + FROM;

    private final DatabaseClient db;

    CounterfeitRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<CounterfeitResponse> page(CounterfeitFilter filter, OrganizationScope scope, LocalDate today, PageRequest page) {
        WhereClause where = where(filter, today);
        return where.bind(db.sql(SELECT + where.sql() + " order by ci.id desc limit :limit offset :offset"))
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("today", today)
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(ROWS).all();
    }

    Mono<Long> count(CounterfeitFilter filter, OrganizationScope scope, LocalDate today) {
        WhereClause where = where(filter, today);
        return where.bind(db.sql("select count(*) as total" + FROM + where.sql()))
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<CounterfeitResponse> find(long id, OrganizationScope scope, LocalDate today) {
        return db.sql(SELECT + " and ci.id = :id").bind("id", id)
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("today", today)
                .map(ROWS).one();
    }

    Mono<Long> idOfComplaint(long complaintId) {
        return db.sql("select id from counterfeit_investigations where complaint_id = :id").bind("id", complaintId)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> insertLead(CounterfeitLeadRequest lead, String by) {
        return db.sql("""
                        insert into counterfeit_investigations (source, status, suspect_platform, suspect_name, suspect_link,
                                                                target_organization_id, lead, opened_by)
                        values ('STAFF', 'VERIFYING', :platform, :name, :link, :target, :lead, :by)
                        returning id""")
                .bind("platform", lead.platform().name()).bind("name", lead.name().trim())
                .bind("link", Parameter.fromOrEmpty(lead.link() == null || lead.link().isBlank() ? null : lead.link().trim(), String.class))
                .bind("target", lead.impersonatedOrganizationId()).bind("lead", lead.lead().trim()).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> decide(long id, String status, String reason, String by, byte @Nullable [] letter, @Nullable Long authorityId,
                      @Nullable String report, @Nullable LocalDate takedownDeadline) {
        return db.sql("""
                        update counterfeit_investigations
                           set status = :status, reason = :reason, decided_by = :by, decided_at = now(), letter_pdf = :letter,
                               authority_organization_id = :authority, authority_report = :report,
                               takedown_deadline = :deadline, version = version + 1
                         where id = :id and status = 'VERIFYING'""")
                .bind("id", id).bind("status", status).bind("reason", reason).bind("by", by)
                .bind("letter", letter == null ? Parameter.empty(ByteBuffer.class) : Parameter.from(ByteBuffer.wrap(letter)))
                .bind("authority", Parameter.fromOrEmpty(authorityId, Long.class))
                .bind("report", Parameter.fromOrEmpty(report, String.class))
                .bind("deadline", Parameter.fromOrEmpty(takedownDeadline, LocalDate.class))
                .fetch().rowsUpdated();
    }

    Mono<Long> takedownDeadline(long id, long version, LocalDate deadline) {
        return db.sql("""
                        update counterfeit_investigations set takedown_deadline = :deadline, version = version + 1
                         where id = :id and version = :version and status = 'CONFIRMED_FAKE' and takedown_confirmed_on is null""")
                .bind("id", id).bind("version", version).bind("deadline", deadline).fetch().rowsUpdated();
    }

    Mono<Long> takedownConfirmed(long id, long version, LocalDate on, String by, String note) {
        return db.sql("""
                        update counterfeit_investigations
                           set takedown_confirmed_on = :on, takedown_confirmed_by = :by, takedown_note = :note, version = version + 1
                         where id = :id and version = :version and status = 'CONFIRMED_FAKE' and takedown_confirmed_on is null""")
                .bind("id", id).bind("version", version).bind("on", on).bind("by", by).bind("note", note).fetch().rowsUpdated();
    }

    Mono<byte[]> letter(long id) {
        return db.sql("select letter_pdf from counterfeit_investigations where id = :id and letter_pdf is not null")
                .bind("id", id)
                .map(row -> {
                    ByteBuffer buffer = row.get("letter_pdf", ByteBuffer.class);
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    return bytes;
                }).one();
    }

    private static WhereClause where(CounterfeitFilter filter, LocalDate today) {
        return WhereClause.andOnly()
                .and("ci.status = :status", "status", filter.status())
                .and("ci.source = :source", "source", filter.source())
                .and(OVERDUE, "today", filter.takedownOverdue() ? today : null);
    }
}
