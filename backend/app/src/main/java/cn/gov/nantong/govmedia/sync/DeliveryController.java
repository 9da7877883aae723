package cn.gov.nantong.govmedia.sync;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import io.r2dbc.spi.Readable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The delivery queue as administrators see it: states, attempts, errors, dead letters to retry, deadline alerts. */
@RestController
@RequestMapping("/api/v1/sync")
@Tag(name = "sync-admin")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR', 'AUDITOR')")
class DeliveryController {

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
    private final OrganizationScopes scopes;
    private final OutboxRepository outbox;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    DeliveryController(DatabaseClient db, OrganizationScopes scopes, OutboxRepository outbox, WorkingDayCalendar calendar,
                       AuditLog audit, Clock clock) {
        this.db = db;
        this.scopes = scopes;
        this.outbox = outbox;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/deliveries")
    @Operation(operationId = "listDeliveries", summary = "省级报送队列",
            description = "Deliveries of the caller's subtree, newest first. CITY_ADMIN, SUPERVISOR, AUDITOR.")
    Mono<PageResponse<DeliveryResponse>> deliveries(
            @Parameter(example = "DEAD") @RequestParam(required = false) @Pattern(regexp = "PENDING|DELIVERING|DELIVERED|DEAD") String status,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size, null, Map.of(), "d.id desc");
        return scopes.current().flatMap(scope -> Mono.zip(
                db.sql("select d.*, a.name as account_name " + SCOPED + STATUS_FILTER + " order by d.id desc limit :limit offset :offset")
                        .bind(OrganizationScope.BIND_NAME, scope.path())
                        .bind("status", org.springframework.r2dbc.core.Parameter.fromOrEmpty(status, String.class))
                        .bind("limit", request.size()).bind("offset", request.offset())
                        .map(DeliveryController::delivery).all().collectList(),
                db.sql("select count(*) as total " + SCOPED + STATUS_FILTER)
                        .bind(OrganizationScope.BIND_NAME, scope.path())
                        .bind("status", org.springframework.r2dbc.core.Parameter.fromOrEmpty(status, String.class))
                        .map(row -> row.get("total", Long.class)).one(),
                (items, total) -> PageResponse.of(items, request, total)));
    }

    @GetMapping("/deliveries/{id}/attempts")
    @Operation(operationId = "listDeliveryAttempts", summary = "一条报送的尝试记录", description = "CITY_ADMIN, SUPERVISOR, AUDITOR; 404 outside scope.")
    Mono<List<AttemptResponse>> attempts(@Parameter(example = "1") @PathVariable long id) {
        return visible(id).flatMap(delivery -> db.sql("select * from sync_attempts where outbox_id = :id order by id")
                .bind("id", id)
                .map(row -> new AttemptResponse(row.get("attempt", Integer.class), row.get("worker", String.class),
                        row.get("started_at", OffsetDateTime.class), row.get("finished_at", OffsetDateTime.class),
                        row.get("http_status", Integer.class), row.get("outcome", String.class), row.get("error", String.class)))
                .all().collectList());
    }

    @PostMapping("/deliveries/{id}/retry")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Transactional
    @Operation(operationId = "retryDelivery", summary = "重新报送一条死信",
            description = "Puts a dead letter back in the queue with a fresh set of attempts. CITY_ADMIN, SUPERVISOR. Audited.")
    public Mono<DeliveryResponse> retry(@Parameter(example = "1") @PathVariable long id) {
        return visible(id).flatMap(before -> outbox.retry(id)
                .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.conflict("NOT_A_DEAD_LETTER",
                        "只有投递失败（死信）的报送可以重试", "only a dead letter can be retried")) : Mono.just(rows))
                .then(visible(id))
                .flatMap(after -> audit.record("RETRY", "sync_delivery", id, before, after).thenReturn(after)));
    }

    @GetMapping("/alerts")
    @Operation(operationId = "listSyncAlerts", summary = "报送期限预警",
            description = "Filings not yet delivered to the province whose 3-working-day deadline (Art 15) is 1 working day "
                    + "away or past. CITY_ADMIN, SUPERVISOR, AUDITOR.")
    Mono<List<SyncAlert>> alerts() {
        LocalDate today = LocalDate.now(clock);
        return Mono.zip(scopes.current(), calendar.plus(today, 1)).flatMap(context -> db.sql("""
                        select f.id, f.type, f.status, f.provincial_deadline, a.name as account_name, o.name as host_name
                          from filings f
                          join accounts a on a.id = f.account_id
                          join organizations o on o.id = f.host_organization_id
                         where f.delivered_at is null and f.status in ('SUBMITTED', 'APPROVED')
                           and f.provincial_deadline <= :dueSoonUntil
                        """ + " and " + OrganizationScope.condition("o.path") + " order by f.provincial_deadline, f.id")
                .bind("dueSoonUntil", context.getT2().date()).bind(OrganizationScope.BIND_NAME, context.getT1().path())
                .map(row -> alert(row, today)).all().collectList());
    }

    private Mono<DeliveryResponse> visible(long id) {
        return scopes.current().flatMap(scope -> db.sql("select d.*, a.name as account_name " + SCOPED + " and d.id = :id")
                        .bind(OrganizationScope.BIND_NAME, scope.path()).bind("id", id)
                        .map(DeliveryController::delivery).one())
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("报送记录", "Delivery")));
    }

    private static SyncAlert alert(Readable row, LocalDate today) {
        LocalDate deadline = row.get("provincial_deadline", LocalDate.class);
        String account = row.get("account_name", String.class);
        boolean overdue = deadline.isBefore(today);
        return new SyncAlert(row.get("id", Long.class), row.get("type", String.class), row.get("status", String.class), account,
                row.get("host_name", String.class), deadline, overdue ? "OVERDUE" : "DUE_SOON",
                "备案“" + account + "”" + (overdue ? "已超过报送期限 " + deadline : "须于 " + deadline + " 前报送省级系统") + "，尚未报送");
    }

    private static DeliveryResponse delivery(Readable row) {
        return new DeliveryResponse(row.get("id", Long.class), row.get("kind", String.class), row.get("filing_id", Long.class),
                row.get("account_name", String.class), row.get("idempotency_key", String.class), row.get("status", String.class),
                row.get("attempts", Integer.class), row.get("next_attempt_at", OffsetDateTime.class),
                row.get("last_error", String.class), row.get("receipt_number", String.class),
                row.get("delivered_at", OffsetDateTime.class), row.get("created_at", OffsetDateTime.class));
    }
}
