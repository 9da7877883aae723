package cn.gov.nantong.govmedia.rectification;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class FindingRepository {

    private static final String SELECT = """
            select f.*, a.name as account_name, o.name as host_name
              from inspection_findings f
              join accounts a on a.id = f.account_id
              join organizations o on o.id = f.host_organization_id
            """;

    private final DatabaseClient db;

    FindingRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Inserts the finding unless the province sent it before; either way answers the stored one and whether it is new. */
    Mono<Boolean> insertIfNew(FindingRequest request, long hostOrganizationId) {
        return db.sql("""
                        insert into inspection_findings (province_finding_id, account_id, host_organization_id, category, veto,
                                                         description, found_on, rectification_deadline)
                        values (:findingId, :accountId, :hostId, :category, :veto, :description, :foundOn, :deadline)
                        on conflict (province_finding_id) do nothing""")
                .bind("findingId", request.findingId()).bind("accountId", request.accountId()).bind("hostId", hostOrganizationId)
                .bind("category", request.category().name()).bind("veto", request.category().veto())
                .bind("description", request.description()).bind("foundOn", request.foundOn())
                .bind("deadline", request.rectificationDeadline())
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    /** A task from the city's own spot check or a host's security check: never reported to the province. */
    Mono<Long> insertLocal(RectificationTasks.LocalTask task) {
        return db.sql("""
                        insert into inspection_findings (province_finding_id, account_id, host_organization_id, category, veto,
                                                         description, found_on, rectification_deadline, source)
                        values (:reference, :accountId, :hostId, :category, :veto, :description, :foundOn, :deadline, :source)
                        returning id""")
                .bind("reference", task.reference()).bind("accountId", task.accountId()).bind("hostId", task.hostOrganizationId())
                .bind("category", task.category()).bind("veto", task.veto()).bind("description", task.description())
                .bind("foundOn", task.foundOn()).bind("deadline", task.deadline()).bind("source", task.source())
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<FindingResponse> byProvinceId(String findingId) {
        return db.sql(SELECT + " where f.province_finding_id = :id").bind("id", findingId).map(FindingRepository::map).one();
    }

    Mono<FindingResponse> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " where f.id = :id and " + OrganizationScope.condition("o.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path()).map(FindingRepository::map).one();
    }

    Flux<FindingResponse> page(@Nullable FindingStatus status, OrganizationScope scope, PageRequest page) {
        return db.sql(SELECT + " where " + OrganizationScope.condition("o.path")
                        + " and (cast(:status as text) is null or f.status = :status)"
                        + " order by f.rectification_deadline, f.id limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(FindingRepository::map).all();
    }

    Mono<Long> count(@Nullable FindingStatus status, OrganizationScope scope) {
        return db.sql("select count(*) as total from inspection_findings f join organizations o on o.id = f.host_organization_id"
                        + " where " + OrganizationScope.condition("o.path") + " and (cast(:status as text) is null or f.status = :status)")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<Long> rectify(long id, String evidence, String by) {
        return db.sql("""
                        update inspection_findings set status = 'RECTIFIED', evidence = :evidence, rectified_by = :by,
                               rectified_at = now()
                         where id = :id and status = 'OPEN'""")
                .bind("id", id).bind("evidence", evidence).bind("by", by).fetch().rowsUpdated();
    }

    private static FindingResponse map(Readable row) {
        return new FindingResponse(row.get("id", Long.class), row.get("province_finding_id", String.class),
                row.get("account_id", Long.class), row.get("account_name", String.class),
                row.get("host_organization_id", Long.class), row.get("host_name", String.class),
                row.get("category", String.class), row.get("veto", Boolean.class), row.get("description", String.class),
                row.get("found_on", LocalDate.class), row.get("rectification_deadline", LocalDate.class),
                FindingStatus.valueOf(row.get("status", String.class)), row.get("evidence", String.class), row.get("rectified_by", String.class),
                row.get("rectified_at", OffsetDateTime.class), row.get("received_at", OffsetDateTime.class),
                row.get("source", String.class));
    }
}
