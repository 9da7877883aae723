package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Art 27.1: each host's security rules, confidentiality review rules and emergency plan, and when each is due for review. */
@Service
class SecurityDocumentService {

    private static final String ENTITY = "security_document";

    private final SecurityDocumentRepository repository;
    private final SecurityRecordRules rules;
    private final OrganizationScopes scopes;
    private final AuditLog audit;

    SecurityDocumentService(SecurityDocumentRepository repository, SecurityRecordRules rules, OrganizationScopes scopes,
                            AuditLog audit) {
        this.repository = repository;
        this.rules = rules;
        this.scopes = scopes;
        this.audit = audit;
    }

    Mono<PageResponse<SecurityDocument>> list(@Nullable Long organizationId, SecurityDocument.@Nullable Kind kind,
                                              @Nullable DueState dueState, PageRequest page) {
        var filter = new SecurityDocumentRepository.Filter(organizationId, kind, dueState, rules.today(), rules.reminderEnd());
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(filter, scope, page), repository.count(filter, scope), page));
    }

    Mono<SecurityDocument> get(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, rules.today(), rules.reminderEnd(), scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("安全管理文件", "Security document")));
    }

    @Transactional
    public Mono<SecurityDocument> add(SecurityDocumentRequest request) {
        if (request.kind() == null) {
            return Mono.error(ApiProblemException.invalidField("kind", "NotNull", "请选择文件类别", "kind is required"));
        }
        return checkDates(request).then(Mono.zip(rules.organization(request.organizationId()), rules.username()))
                .flatMap(c -> repository.insert(c.getT1(), request.kind(), request, c.getT2()))
                .onErrorMap(DataIntegrityViolationException.class, duplicate -> ApiProblemException.conflict("SECURITY_DOCUMENT_EXISTS",
                        "Art 27.1", "本单位已登记该类文件，请修订现有文件", "the organization already has a document of this kind; revise it"))
                .flatMap(this::get)
                .flatMap(document -> audit.record("CREATE", ENTITY, document.id(), null, document).thenReturn(document));
    }

    /** A new version of the document: its title, version label, approval and next review dates. */
    @Transactional
    public Mono<SecurityDocument> revise(long id, SecurityDocumentRequest request) {
        return get(id).flatMap(before -> checkDates(request).then(SecurityRecordRules.version(request.version()))
                .flatMap(version -> repository.revise(id, request, version))
                .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.stale("文件已被他人修改", "the document was changed by someone else"))
                        : get(id))
                .flatMap(after -> audit.record("REVISE", ENTITY, id, before, after).thenReturn(after)));
    }

    private static Mono<Void> checkDates(SecurityDocumentRequest request) {
        return request.nextReviewOn().isAfter(request.approvedOn()) ? Mono.empty()
                : Mono.error(ApiProblemException.invalidField("nextReviewOn", "After", "下次复审日期须晚于批准日期",
                "nextReviewOn must be after approvedOn"));
    }
}
