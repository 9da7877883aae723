package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.common.document.RichText;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Rebuttal SQL for staff: every read is scoped through the issuing organization's path. */
@Repository
class RebuttalRepository {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "r.created_at", "updatedAt", "r.updated_at",
            "publishedAt", "t.published_at", "title", "r.title");
    static final String DEFAULT_ORDER = "r.id desc";

    private static final String FROM = """
             from rumour_rebuttals r
             join organizations o on o.id = r.organization_id
             join accounts a on a.id = r.account_id
             left join review_tickets t on t.id = r.ticket_id
            """;
    private static final String SELECT = "select r.*, o.name as organization_name, a.name as account_name, t.status as ticket_status,"
            + " t.classification, t.published_url, t.published_at, " + RebuttalStatus.SQL + " as rebuttal_status,"
            + " array(select c.complaint_id from rumour_rebuttal_complaints c where c.rebuttal_id = r.id order by c.complaint_id)"
            + " as complaint_ids" + FROM;

    private final DatabaseClient db;

    RebuttalRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<RebuttalResponse> page(RebuttalFilter filter, OrganizationScope scope, PageRequest page, ZoneId zone) {
        WhereClause where = filter.where("r.created_at", zone);
        var spec = db.sql(SELECT + " where " + OrganizationScope.condition("o.path") + where.sql()
                        + " order by " + page.orderBy() + " limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("limit", page.size()).bind("offset", page.offset());
        spec = where.bind(spec);
        return spec.map(RebuttalRepository::map).all();
    }

    Mono<Long> count(RebuttalFilter filter, OrganizationScope scope, ZoneId zone) {
        WhereClause where = filter.where("r.created_at", zone);
        var spec = db.sql("select count(*) as total" + FROM + " where " + OrganizationScope.condition("o.path") + where.sql())
                .bind(OrganizationScope.BIND_NAME, scope.path());
        spec = where.bind(spec);
        return spec.map(row -> row.get("total", Long.class)).one();
    }

    Mono<RebuttalResponse> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " where r.id = :id and " + OrganizationScope.condition("o.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(RebuttalRepository::map).one();
    }

    Mono<Long> insert(RebuttalRequest request, String by) {
        return bindContent(db.sql("""
                        insert into rumour_rebuttals (title, rumour, truth, evidence, evidence_links, rumour_appearances, verdict,
                                                      organization_id, account_id, created_by)
                        values (:title, :rumour, :truth, :evidence, :evidenceLinks, :rumourAppearances, :verdict,
                                :organizationId, :accountId, :by)
                        returning id"""), request)
                .bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    /** Replaces the content if nobody changed it first and no review is under way. */
    Mono<Long> update(long id, RebuttalRequest request) {
        return bindContent(db.sql("""
                        update rumour_rebuttals r set title = :title, rumour = :rumour, truth = :truth, evidence = :evidence,
                               evidence_links = :evidenceLinks, rumour_appearances = :rumourAppearances, verdict = :verdict,
                               organization_id = :organizationId, account_id = :accountId, updated_at = now(),
                               version = r.version + 1
                         where r.id = :id and r.version = :version"""), request)
                .bind("id", id).bind("version", request.version())
                .fetch().rowsUpdated();
    }

    Mono<Long> existingComplaints(List<Long> ids) {
        return db.sql("select count(*) as found from complaints where id = any(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(row -> row.get("found", Long.class)).one();
    }

    Mono<Void> replaceComplaints(long id, List<Long> complaintIds) {
        Mono<Void> delete = db.sql("delete from rumour_rebuttal_complaints where rebuttal_id = :id").bind("id", id).then();
        if (complaintIds.isEmpty()) {
            return delete;
        }
        return delete.then(db.sql("""
                        insert into rumour_rebuttal_complaints (rebuttal_id, complaint_id)
                        select :id, unnest(cast(:ids as bigint[]))""")
                .bind("id", id).bind("ids", complaintIds.toArray(Long[]::new)).then());
    }

    Mono<Long> attachTicket(long id, long version, long ticketId) {
        return db.sql("""
                        update rumour_rebuttals r set ticket_id = :ticketId, ticket_content_version = t.content_version,
                               updated_at = now(), version = r.version + 1
                          from review_tickets t
                         where t.id = :ticketId and r.id = :id and r.version = :version""")
                .bind("id", id).bind("version", version).bind("ticketId", ticketId)
                .fetch().rowsUpdated();
    }

    private static DatabaseClient.GenericExecuteSpec bindContent(DatabaseClient.GenericExecuteSpec spec, RebuttalRequest request) {
        return spec.bind("title", request.title().trim()).bind("rumour", request.rumour().trim()).bind("truth", RichText.sanitize(request.truth().trim()))
                .bind("evidence", Parameter.fromOrEmpty(blankToNull(request.evidence()), String.class))
                .bind("evidenceLinks", request.evidenceLinksOrEmpty().toArray(String[]::new))
                .bind("rumourAppearances", request.rumourAppearancesOrEmpty().toArray(String[]::new))
                .bind("verdict", request.verdict().name())
                .bind("organizationId", request.organizationId()).bind("accountId", request.accountId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static List<String> texts(Readable row, String column) {
        String[] values = row.get(column, String[].class);
        return values == null ? List.of() : List.of(values);
    }

    private static RebuttalResponse map(Readable row) {
        Verdict verdict = Verdict.valueOf(row.get("verdict", String.class));
        Long[] complaints = row.get("complaint_ids", Long[].class);
        String classification = row.get("classification", String.class);
        return new RebuttalResponse(row.get("id", Long.class), row.get("title", String.class), row.get("rumour", String.class),
                row.get("truth", String.class), row.get("evidence", String.class), texts(row, "evidence_links"),
                texts(row, "rumour_appearances"), verdict, verdict.alternateName, row.get("organization_id", Long.class),
                row.get("organization_name", String.class), row.get("account_id", Long.class), row.get("account_name", String.class),
                complaints == null ? List.of() : Arrays.asList(complaints),
                RebuttalStatus.valueOf(row.get("rebuttal_status", String.class)), row.get("ticket_id", Long.class),
                row.get("ticket_status", String.class),
                classification == null ? null : cn.gov.nantong.govmedia.review.Classification.valueOf(classification),
                row.get("published_url", String.class), row.get("published_at", OffsetDateTime.class), row.get("created_by", String.class),
                row.get("created_at", OffsetDateTime.class), row.get("updated_at", OffsetDateTime.class), row.get("version", Long.class));
    }
}
