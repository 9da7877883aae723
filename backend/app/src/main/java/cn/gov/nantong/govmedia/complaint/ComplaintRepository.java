package cn.gov.nantong.govmedia.complaint;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Staff reads (always scoped: the target's host subtree or the forwarded-to department's) and the workflow's updates. */
@Repository
public class ComplaintRepository {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "c.created_at", "dueOn", "c.due_on", "status", "c.status",
            "kind", "c.kind");

    private static final String OVERDUE = "(c.status in ('RECEIVED', 'FORWARDED') and c.moderation <> 'HIDDEN' and c.due_on < :today)";
    private static final String FROM = """
              from complaints c
              join organizations o on o.id = c.target_organization_id
              left join organizations f on f.id = c.forwarded_to_organization_id
            """;
    private static final String SELECT = "select c.*, o.name as target_name, o.code as target_code, f.name as forwarded_name,"
            + " f.code as forwarded_code, a.name as account_name, ci.status as investigation_status, " + OVERDUE + " as overdue,"
            + " (o.path <@ cast(:scopePath as ltree)) as host_side,"
            + " coalesce(f.path <@ cast(:scopePath as ltree), false) as handler_side" + FROM
            + " left join accounts a on a.id = c.account_id left join counterfeit_investigations ci on ci.complaint_id = c.id";
    private static final String SCOPED = " where (o.path <@ cast(:scopePath as ltree) or f.path <@ cast(:scopePath as ltree))";

    private final DatabaseClient db;

    ComplaintRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<ComplaintRow> findInScope(long id, OrganizationScope scope, LocalDate today) {
        return db.sql(SELECT + SCOPED + " and c.id = :id").bind("id", id)
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("today", today)
                .map(ComplaintRepository::row).one();
    }

    Flux<ComplaintResponse> page(ComplaintFilter filter, OrganizationScope scope, LocalDate today, PageRequest page) {
        return bindFilter(db.sql(SELECT + SCOPED + FILTERS + " order by " + page.orderBy() + " limit :limit offset :offset"),
                filter, scope, today)
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(r -> row(r).complaint()).all();
    }

    Mono<Long> count(ComplaintFilter filter, OrganizationScope scope, LocalDate today) {
        return bindFilter(db.sql("select count(*) as total" + FROM + SCOPED + FILTERS), filter, scope, today)
                .map(r -> r.get("total", Long.class)).one();
    }

    private static final String FILTERS = """
             and (cast(:kind as text) is null or c.kind = :kind)
             and (cast(:status as text) is null or c.status = :status)
             and (cast(:overdue as boolean) is null or %s = :overdue)
             and (cast(:organizationId as bigint) is null or c.target_organization_id = :organizationId
                  or c.forwarded_to_organization_id = :organizationId)
             and (cast(:q as text) is null or c.tracking_number = :q or c.title ilike :like or c.content ilike :like)
            """.formatted(OVERDUE);

    private static DatabaseClient.GenericExecuteSpec bindFilter(DatabaseClient.GenericExecuteSpec spec, ComplaintFilter filter,
                                                                OrganizationScope scope, LocalDate today) {
        String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().trim();
        return spec.bind(OrganizationScope.BIND_NAME, scope.path()).bind("today", today)
                .bind("kind", Parameter.fromOrEmpty(filter.kind() == null ? null : filter.kind().name(), String.class))
                .bind("status", Parameter.fromOrEmpty(filter.status() == null ? null : filter.status().name(), String.class))
                .bind("overdue", Parameter.fromOrEmpty(filter.overdue(), Boolean.class))
                .bind("organizationId", Parameter.fromOrEmpty(filter.organizationId(), Long.class))
                .bind("q", Parameter.fromOrEmpty(q, String.class))
                .bind("like", Parameter.fromOrEmpty(q == null ? null : WhereClause.containing(q), String.class));
    }

    /**
     * Applies one workflow step if nobody moved the submission first. {@code set} is a constant of the caller, never input;
     * its values are bound from {@code values}.
     */
    public Mono<Long> update(long id, long version, String set, Map<String, Parameter> values) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("update complaints set " + set
                        + ", updated_at = now(), version = version + 1 where id = :id and version = :version")
                .bind("id", id).bind("version", version);
        for (Map.Entry<String, Parameter> value : values.entrySet()) {
            spec = spec.bind(value.getKey(), value.getValue());
        }
        return spec.fetch().rowsUpdated();
    }

    private static ComplaintRow row(Readable row) {
        ComplaintResponse c = new ComplaintResponse(row.get("id", Long.class), row.get("tracking_number", String.class),
                ComplaintKind.valueOf(row.get("kind", String.class)), row.get("account_id", Long.class),
                row.get("account_name", String.class), row.get("target_organization_id", Long.class),
                row.get("target_name", String.class), row.get("title", String.class), row.get("content", String.class),
                row.get("error_url", String.class), row.get("suspect_platform", String.class), row.get("suspect_name", String.class),
                row.get("suspect_link", String.class), ComplaintStatus.valueOf(row.get("status", String.class)),
                Moderation.valueOf(row.get("moderation", String.class)), row.get("moderation_reason", String.class),
                row.get("forwarded_to_organization_id", Long.class), row.get("forwarded_name", String.class),
                row.get("forward_note", String.class), row.get("due_on", LocalDate.class),
                Boolean.TRUE.equals(row.get("overdue", Boolean.class)), row.get("reply", String.class),
                row.get("replied_by", String.class), row.get("replied_at", OffsetDateTime.class),
                row.get("closed_at", OffsetDateTime.class),
                row.get("contact_name", String.class) != null || row.get("contact_phone", String.class) != null,
                row.get("investigation_status", String.class), row.get("created_at", OffsetDateTime.class),
                row.get("updated_at", OffsetDateTime.class), row.get("version", Long.class));
        return new ComplaintRow(c, Boolean.TRUE.equals(row.get("host_side", Boolean.class)),
                Boolean.TRUE.equals(row.get("handler_side", Boolean.class)), row.get("target_code", String.class),
                row.get("forwarded_code", String.class), row.get("contact_name", String.class), row.get("contact_phone", String.class));
    }
}
