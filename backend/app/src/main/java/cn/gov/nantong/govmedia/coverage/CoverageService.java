package cn.gov.nantong.govmedia.coverage;

import cn.gov.nantong.govmedia.account.Platform;
import cn.gov.nantong.govmedia.common.document.CodeLabels;
import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Art 11 coverage: the obliged units of the caller's subtree that run no live account, by county and platform. */
@Service
class CoverageService {

    static final int MAX_EXPORT_ROWS = 100_000;
    private static final List<String> HEADERS = List.of("县（市、区）", "行政区划代码", "单位", "单位编码", "开设备案审批中");

    private final CoverageRepository repository;
    private final OrganizationScopes scopes;

    CoverageService(CoverageRepository repository, OrganizationScopes scopes) {
        this.repository = repository;
        this.scopes = scopes;
    }

    Mono<PageResponse<CoverageGap>> gaps(@Nullable String divisionCode, @Nullable Platform platform, PageRequest page) {
        String platformName = platform == null ? null : platform.name();
        return scopes.current().flatMap(scope -> PageResponse.of(repository.gaps(divisionCode, platformName, scope, page),
                repository.countGaps(divisionCode, platformName, scope), page));
    }

    Mono<List<CountyCoverage>> counties(@Nullable Platform platform) {
        return scopes.current().flatMap(scope -> repository.counties(platform == null ? null : platform.name(), scope).collectList());
    }

    Mono<byte[]> export(@Nullable String divisionCode, @Nullable Platform platform) {
        String platformName = platform == null ? null : platform.name();
        return scopes.current()
                .flatMap(scope -> repository.gaps(divisionCode, platformName, scope,
                        new PageRequest(1, MAX_EXPORT_ROWS, null)).collectList())
                .publishOn(Schedulers.boundedElastic())
                .map(gaps -> Workbooks.xlsx(List.of(new Workbooks.Sheet(platform == null ? "应开未开单位" : "应开未开单位（" + CodeLabels.platform(platform.name()) + "）",
                        HEADERS, gaps.stream().<List<?>>map(g -> Arrays.asList(g.countyName(), g.divisionCode(), g.organizationName(),
                                g.organizationCode(), g.pendingAccounts() > 0 ? "是" : "否")).toList()))));
    }
}
