package cn.gov.nantong.govmedia.activity;

import cn.gov.nantong.govmedia.account.Platform;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Activity monitoring and dashboards (Art 19, 24, 32) for the caller's subtree. */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "supervision")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR', 'AUDITOR', 'OPERATOR')")
class SupervisionController {

    @Schema(description = "快照结果 / snapshot run")
    record SnapshotRun(@Schema(example = "2026-11-29") LocalDate day, @Schema(description = "Rows stored (0 if already stored)", example = "12") long stored) {
    }

    private final ActivityRepository activity;
    private final OverviewRepository overview;
    private final ActivitySnapshotJob snapshots;
    private final OrganizationScopes scopes;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    SupervisionController(ActivityRepository activity, OverviewRepository overview, ActivitySnapshotJob snapshots,
                          OrganizationScopes scopes, OrganizationDirectory organizations, Clock clock) {
        this.activity = activity;
        this.overview = overview;
        this.snapshots = snapshots;
        this.scopes = scopes;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/accounts")
    @Operation(operationId = "listAccountActivity", summary = "账号活跃度与否决项监测",
            description = "Metrics of the live accounts of the caller's subtree as of a date (default today), computed in the database. "
                    + "CITY_ADMIN, SUPERVISOR, AUDITOR, OPERATOR. An organizationId outside the scope answers 404.")
    Mono<PageResponse<ActivityMetrics>> accounts(
            @Parameter(description = "Date to compute for (default today)", example = "2026-11-30") @RequestParam(required = false) @Nullable LocalDate asOf,
            @Parameter(example = "NO_UPDATE_TWO_WEEKS") @RequestParam(required = false) @Nullable ActivityFlag flag,
            @Parameter(description = "Host organization subtree", example = "19") @RequestParam(required = false) @Nullable Long organizationId,
            @Parameter(example = "WECHAT_OFFICIAL") @RequestParam(required = false) @Nullable Platform platform,
            @Parameter(example = "1") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(example = "20") @RequestParam(required = false) @Nullable Integer size) {
        PageRequest request = PageRequest.of(page, size);
        MetricsFilter filter = new MetricsFilter(date(asOf), flag, organizationId, platform == null ? null : platform.name());
        Mono<Boolean> visible = organizationId == null ? Mono.just(true) : organizations.visible(organizationId).map(o -> true)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("单位", "Organization")));
        return visible.then(scopes.current()).flatMap(scope -> PageResponse.of(activity.page(filter, scope, request), activity.count(filter, scope), request));
    }

    @GetMapping("/overview")
    @Operation(operationId = "getSupervisionOverview", summary = "监管总览",
            description = "Accounts by status and platform, silent / dormant / vetoed accounts, overdue filings and replies, and the weekly "
                    + "trend of the stored snapshots, for the caller's subtree. CITY_ADMIN, SUPERVISOR, AUDITOR, OPERATOR.")
    Mono<Overview> overview(@Parameter(example = "2026-11-30") @RequestParam(required = false) @Nullable LocalDate asOf) {
        LocalDate day = date(asOf);
        return scopes.current().flatMap(scope -> Mono.zip(overview.registerCounts(scope), activity.flagCounts(day, scope),
                        overview.overdueFilings(day, scope), overview.overdueReplies(day, scope), overview.trend(day, scope))
                .map(t -> new Overview(day, t.getT1().byStatus(), t.getT1().byPlatform(), t.getT2(), t.getT3().undecided(),
                        t.getT3().undelivered(), t.getT4(), t.getT5())));
    }

    @GetMapping("/organizations")
    @Operation(operationId = "listOrganizationActivity", summary = "单位活跃度排行",
            description = "One line per host organization of the caller's subtree with live accounts: no veto first, then the share of "
                    + "compliant accounts. CITY_ADMIN, SUPERVISOR, AUDITOR, OPERATOR.")
    Mono<List<OrganizationActivity>> organizations(@Parameter(example = "2026-11-30") @RequestParam(required = false) @Nullable LocalDate asOf) {
        LocalDate day = date(asOf);
        return scopes.current().flatMap(scope -> activity.byOrganization(day, scope).collectList());
    }

    @PostMapping("/snapshots")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "storeActivitySnapshot", summary = "补存某日活跃度快照",
            description = "Stores the metrics of a past day, as the nightly job does; a day already stored is left as it is. CITY_ADMIN only.")
    Mono<SnapshotRun> snapshot(@Parameter(example = "2026-11-29") @RequestParam LocalDate day) {
        return snapshots.snapshot(date(day)).map(stored -> new SnapshotRun(day, stored));
    }

    private LocalDate date(@Nullable LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            throw ApiProblemException.invalidField("asOf", "PastOrPresent", "日期不能晚于今天", "the date must not be in the future");
        }
        return asOf == null ? today : asOf;
    }
}
