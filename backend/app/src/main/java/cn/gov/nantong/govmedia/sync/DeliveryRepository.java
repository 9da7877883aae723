package cn.gov.nantong.govmedia.sync;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.filing.ProvincialDeadline;
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

/** The delivery queue as administrators read it, within an organization subtree, and the filings near their deadline. */
@Repository
class DeliveryRepository {

    /** A delivery belongs to the organization of its filing's or finding's host. */
    private static final String SCOPED = """
            from sync_outbox d
            left join filings f on f.id = d.filing_id
            left join inspection_findings i on i.id = d.finding_id
            left join accounts a on a.id = coalesce(f.account_id, i.account_id)
            join organizations o on o.id = coalesce(f.host_organization_id, i.host_organization_id)
            """ + " where " + OrganizationScope.condition("o.path");
    private static final String STATUS_FILTER = " and (cast(:status as text) is null or d.status = :status)";

    private final DatabaseClient db;

    DeliveryRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<DeliveryResponse> page(OrganizationScope scope, @Nullable DeliveryStatus status, PageRequest page) {
        return db.sql("select d.*, a.name as account_name " + SCOPED + STATUS_FILTER + " order by d.id desc limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(ROWS).all();
    }

    Mono<Long> count(OrganizationScope scope, @Nullable DeliveryStatus status) {
        return db.sql("select count(*) as total " + SCOPED + STATUS_FILTER)
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<DeliveryResponse> visible(OrganizationScope scope, long id) {
        return db.sql("select d.*, a.name as account_name " + SCOPED + " and d.id = :id")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("id", id)
                .map(ROWS).one();
    }

    Flux<AttemptResponse> attempts(long id) {
        return db.sql("select * from sync_attempts where outbox_id = :id order by id")
                .bind("id", id)
                .map(row -> new AttemptResponse(row.get("attempt", Integer.class), row.get("worker", String.class),
                        row.get("started_at", OffsetDateTime.class), row.get("finished_at", OffsetDateTime.class),
                        row.get("http_status", Integer.class), row.get("outcome", String.class), row.get("error", String.class)))
                .all();
    }

    /** Filings of the scope not yet delivered whose provincial deadline is {@code dueSoonUntil} or earlier, soonest first. */
    Flux<SyncAlert> alerts(OrganizationScope scope, LocalDate dueSoonUntil, LocalDate today) {
        return db.sql("select f.id, f.type, f.status, f.provincial_deadline, a.name as account_name, o.name as host_name, "
                        + ProvincialDeadline.STATE + " as level" + """

                          from filings f
                          join accounts a on a.id = f.account_id
                          join organizations o on o.id = f.host_organization_id
                         where f.provincial_deadline <= :dueSoonUntil
                        """ + " and " + ProvincialDeadline.PENDING + " and " + OrganizationScope.condition("o.path")
                        + " order by f.provincial_deadline, f.id")
                .bind("dueSoonUntil", dueSoonUntil).bind("today", today).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(DeliveryRepository::alert).all();
    }

    private static SyncAlert alert(Readable row) {
        LocalDate deadline = row.get("provincial_deadline", LocalDate.class);
        String account = row.get("account_name", String.class);
        String level = row.get("level", String.class);
        String what = switch (level) {
            case "OVERDUE" -> "已超过报送期限 " + deadline + "，尚未审核";
            case "DELIVERY_OVERDUE" -> "已审核通过，但超过报送期限 " + deadline + " 仍未报送省级系统";
            default -> "须于 " + deadline + " 前报送省级系统，尚未报送";
        };
        return new SyncAlert(row.get("id", Long.class), row.get("type", String.class), row.get("status", String.class), account,
                row.get("host_name", String.class), deadline, level, "备案“" + account + "”" + what);
    }

    private static final RecordRows<DeliveryResponse> ROWS = RecordRows.of(DeliveryResponse.class);
}
