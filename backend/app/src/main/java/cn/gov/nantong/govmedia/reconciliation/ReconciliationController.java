package cn.gov.nantong.govmedia.reconciliation;

import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.sync.DeliveryFailure;
import cn.gov.nantong.govmedia.sync.ProvinceProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "sync-admin")
class ReconciliationController {

    private final Reconciliation reconciliation;
    private final CurrentUsers users;
    private final ProvinceProperties settings;

    ReconciliationController(Reconciliation reconciliation, CurrentUsers users, ProvinceProperties settings) {
        this.reconciliation = reconciliation;
        this.users = users;
        this.settings = settings;
    }

    @PostMapping("/api/v1/sync/reconciliations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "runReconciliation", summary = "立即与省级登记名录对账",
            description = "Fetches the province's register for our division and compares it with ours. CITY_ADMIN only. "
                    + "Also runs daily on its own.")
    Mono<ReconciliationReport> run() {
        if (!settings.enabled()) {
            return Mono.error(ApiProblemException.conflict("PROVINCE_NOT_CONFIGURED", "未配置省级系统地址，无法对账",
                    "the provincial system's address is not configured"));
        }
        return users.current().map(CurrentUser::username).flatMap(reconciliation::run)
                .onErrorMap(DeliveryFailure.class, failure -> ApiProblemException.conflict("PROVINCE_UNAVAILABLE",
                        "省级系统暂时无法访问：" + failure.getMessage(), "the provincial system did not answer: " + failure.getMessage()));
    }

    @GetMapping("/api/v1/sync/reconciliations/latest")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR', 'AUDITOR')")
    @Operation(operationId = "getLatestReconciliation", summary = "最近一次对账结果", description = "404 when none has run yet.")
    Mono<ReconciliationReport> latest() {
        return reconciliation.latest()
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("对账结果", "Reconciliation report")));
    }
}
