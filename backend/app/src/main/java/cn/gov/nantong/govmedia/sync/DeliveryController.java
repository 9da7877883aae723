package cn.gov.nantong.govmedia.sync;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
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

    private final DeliveryService service;

    DeliveryController(DeliveryService service) {
        this.service = service;
    }

    @GetMapping("/deliveries")
    @Operation(operationId = "listDeliveries", summary = "省级报送队列",
            description = "Deliveries of the caller's subtree, newest first. CITY_ADMIN, SUPERVISOR, AUDITOR.")
    Mono<PageResponse<DeliveryResponse>> deliveries(
            @Parameter(example = "DEAD") @RequestParam(required = false) DeliveryStatus status,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(status, PageRequest.of(page, size));
    }

    @GetMapping("/deliveries/{id}/attempts")
    @Operation(operationId = "listDeliveryAttempts", summary = "一条报送的尝试记录", description = "CITY_ADMIN, SUPERVISOR, AUDITOR; 404 outside scope.")
    Mono<List<AttemptResponse>> attempts(@Parameter(example = "1") @PathVariable long id) {
        return service.attempts(id);
    }

    @PostMapping("/deliveries/{id}/retry")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Operation(operationId = "retryDelivery", summary = "重新报送一条死信",
            description = "Puts a dead letter back in the queue with a fresh set of attempts. CITY_ADMIN, SUPERVISOR. Audited.")
    Mono<DeliveryResponse> retry(@Parameter(example = "1") @PathVariable long id) {
        return service.retry(id);
    }

    @GetMapping("/alerts")
    @Operation(operationId = "listSyncAlerts", summary = "报送期限预警",
            description = "Filings not yet delivered to the province whose 3-working-day deadline (Art 15) is 1 working day "
                    + "away or past. CITY_ADMIN, SUPERVISOR, AUDITOR.")
    Mono<List<SyncAlert>> alerts() {
        return service.alerts();
    }
}
