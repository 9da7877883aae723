package cn.gov.nantong.govmedia.sync;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** The delivery queue of the caller's subtree: what is queued, how it went, dead letters back in line, deadline alerts. */
@Service
class DeliveryService {

    private final DeliveryRepository deliveries;
    private final OutboxRepository outbox;
    private final OrganizationScopes scopes;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    DeliveryService(DeliveryRepository deliveries, OutboxRepository outbox, OrganizationScopes scopes, WorkingDayCalendar calendar,
                    AuditLog audit, Clock clock) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.scopes = scopes;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<PageResponse<DeliveryResponse>> list(@Nullable DeliveryStatus status, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(deliveries.page(scope, status, page),
                deliveries.count(scope, status), page));
    }

    Mono<List<AttemptResponse>> attempts(long id) {
        return visible(id).flatMap(delivery -> deliveries.attempts(id).collectList());
    }

    /** A dead letter back in the queue with a fresh set of attempts; audited. */
    @Transactional
    Mono<DeliveryResponse> retry(long id) {
        return visible(id).flatMap(before -> outbox.retry(id)
                .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.conflict("NOT_A_DEAD_LETTER",
                        "只有投递失败（死信）的报送可以重试", "only a dead letter can be retried")) : Mono.just(rows))
                .then(visible(id))
                .flatMap(after -> audit.record("RETRY", "sync_delivery", id, before, after).thenReturn(after)));
    }

    /** Filings not yet delivered whose 3-working-day deadline (Art 15) is 1 working day away or past. */
    Mono<List<SyncAlert>> alerts() {
        LocalDate today = LocalDate.now(clock);
        return Mono.zip(scopes.current(), calendar.plus(today, 1))
                .flatMap(context -> deliveries.alerts(context.getT1(), context.getT2().date(), today).collectList());
    }

    private Mono<DeliveryResponse> visible(long id) {
        return scopes.current().flatMap(scope -> deliveries.visible(scope, id))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("报送记录", "Delivery")));
    }
}
