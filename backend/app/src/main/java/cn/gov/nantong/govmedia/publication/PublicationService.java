package cn.gov.nantong.govmedia.publication;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.contentcheck.ContentCheckRequest;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Records publications made outside the system (Art 19), one at a time or a whole file, for accounts in scope; audited. */
@Service
class PublicationService {

    private final PublicationRepository repository;
    private final OrganizationScopes scopes;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final GovMediaProperties properties;
    private final Clock clock;

    PublicationService(PublicationRepository repository, OrganizationScopes scopes, CurrentUsers users, AuditLog audit,
                       GovMediaProperties properties, Clock clock) {
        this.repository = repository;
        this.scopes = scopes;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<PageResponse<PublicationResponse>> list(@Nullable Long accountId, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(scope, accountId, page),
                repository.count(scope, accountId), page));
    }

    @Transactional
    Mono<PublicationResponse> record(PublicationRequest request) {
        if (request.origin() == ContentCheckRequest.Origin.REPOST && (request.sourceName() == null || request.sourceName().isBlank())) {
            return Mono.error(ApiProblemException.invalidField("sourceName", "NotBlank", "转载须注明来源（《办法》第二十一条）",
                    "a repost must name its source (Art 21)"));
        }
        return visibleAccounts().flatMap(ids -> ids.contains(request.accountId()) ? users.current()
                        : Mono.error(ApiProblemException.invalidField("accountId", "Exists", "账号不存在或不在您的管辖范围内",
                        "no such account in your scope")))
                .flatMap(user -> repository.insert(request.accountId(), request.publishedAt(), request.origin().name(),
                        request.title().trim(), request.url().trim(), request.sourceName(), user.username()))
                .switchIfEmpty(Mono.error(ApiProblemException.conflict("PUBLICATION_EXISTS", "该账号的这条链接已登记",
                        "this link is already recorded for the account")))
                .flatMap(id -> repository.byId(id)
                        .flatMap(created -> audit.record("RECORD", "publication", id, null, created).thenReturn(created)));
    }

    /** Every row stored, or a 422 listing every bad row and nothing stored; rows recorded already are skipped. */
    @Transactional
    Mono<ImportReport> importRows(List<List<String>> lines) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Mono.zip(visibleAccounts(), users.current().map(CurrentUser::username)).flatMap(context -> {
            PublicationImport.Parsed parsed = PublicationImport.parse(lines, properties.timeZone(), context.getT1(), now);
            if (!parsed.errors().isEmpty()) {
                return Mono.<ImportReport>error(ApiProblemException.invalidRows("有 " + parsed.errors().size() + " 处错误，未导入任何记录，请修改后重新导入",
                        parsed.errors().size() + " error(s); nothing was imported", parsed.errors()));
            }
            Flux<Boolean> inserted = Flux.fromIterable(parsed.rows())
                    .concatMap(row -> repository.insert(row.accountId(), row.publishedAt(), row.origin(), row.title(), row.url(),
                            row.sourceName(), context.getT2()).hasElement());
            return inserted.filter(Boolean::booleanValue)
                    .count()
                    .flatMap(insertedCount -> {
                        int imported = insertedCount.intValue();
                        ImportReport report = new ImportReport(parsed.rows().size(), imported, parsed.rows().size() - imported, List.of());
                        return audit.record("IMPORT", "publication", "import", null, report).thenReturn(report);
                    });
        });
    }

    private Mono<Set<Long>> visibleAccounts() {
        return scopes.current().flatMap(repository::accountIds);
    }
}
