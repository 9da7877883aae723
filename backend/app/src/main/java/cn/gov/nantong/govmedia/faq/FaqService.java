package cn.gov.nantong.govmedia.faq;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.complaint.ComplaintKind;
import cn.gov.nantong.govmedia.complaint.ComplaintResponse;
import cn.gov.nantong.govmedia.complaint.ComplaintRow;
import cn.gov.nantong.govmedia.complaint.ComplaintService;
import cn.gov.nantong.govmedia.complaint.ComplaintStatus;
import cn.gov.nantong.govmedia.complaint.PlainText;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** The FAQ knowledge base of Art 24: kept by the host organizations' operators, searched by the public. */
@Service
class FaqService {

    private static final String ENTITY = "faq";

    private final FaqRepository faqs;
    private final ComplaintService complaints;
    private final OrganizationScopes scopes;
    private final OrganizationDirectory organizations;
    private final CurrentUsers users;
    private final AuditLog audit;

    FaqService(FaqRepository faqs, ComplaintService complaints, OrganizationScopes scopes, OrganizationDirectory organizations,
               CurrentUsers users, AuditLog audit) {
        this.faqs = faqs;
        this.complaints = complaints;
        this.scopes = scopes;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
    }

    Mono<PageResponse<PublicFaq>> search(@Nullable String q, @Nullable Long organizationId, PageRequest page) {
        return PageResponse.of(faqs.search(q, organizationId, page), faqs.countPublic(q, organizationId), page);
    }

    Mono<PageResponse<FaqResponse>> list(@Nullable String q, @Nullable Long organizationId, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(faqs.page(q, organizationId, scope, page), faqs.count(q, organizationId, scope), page));
    }

    Mono<FaqResponse> get(long id) {
        return scopes.current().flatMap(scope -> faqs.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("答问", "FAQ entry")));
    }

    @Transactional
    public Mono<FaqResponse> create(FaqRequest request) {
        return users.current().flatMap(user -> organization(user, request.organizationId())
                .flatMap(organizationId -> faqs.insert(organizationId, PlainText.line("question", request.question()),
                        PlainText.text("answer", request.answer()), !Boolean.FALSE.equals(request.published()), null, user.username())))
                .flatMap(this::get)
                .flatMap(created -> audit.record("CREATE", ENTITY, created.id(), null, created).thenReturn(created));
    }

    @Transactional
    public Mono<FaqResponse> update(long id, FaqRequest request) {
        if (request.version() == null) {
            return Mono.error(ApiProblemException.invalidField("version", "NotNull", "修改须提供读取时的版本号", "the version read is required"));
        }
        return get(id).flatMap(before -> faqs.update(id, request.version(), PlainText.line("question", request.question()),
                                PlainText.text("answer", request.answer()), !Boolean.FALSE.equals(request.published()))
                        .flatMap(rows -> rows == 0 ? Mono.error(stale()) : Mono.just(rows))
                        .then(get(id))
                        .flatMap(after -> audit.record("UPDATE", ENTITY, id, before, after).thenReturn(after)));
    }

    @Transactional
    public Mono<Void> delete(long id, long version) {
        return get(id).flatMap(before -> faqs.delete(id, version)
                .flatMap(rows -> rows == 0 ? Mono.error(stale()) : Mono.just(rows))
                .then(audit.record("DELETE", ENTITY, id, before, null)));
    }

    /** An answered consultation becomes an FAQ entry of its host organization in one step; personal data stays masked. */
    @Transactional
    public Mono<FaqResponse> promote(long complaintId, PromoteRequest request) {
        return complaints.asHostOperator(complaintId).flatMap(context -> {
            CurrentUser user = context.getT1();
            ComplaintRow row = context.getT2();
            ComplaintResponse c = row.complaint();
            if (c.kind() != ComplaintKind.CONSULTATION || c.reply() == null
                    || !(c.status() == ComplaintStatus.ANSWERED || c.status() == ComplaintStatus.CLOSED)) {
                return Mono.error(ApiProblemException.rule("NOT_AN_ANSWERED_CONSULTATION", "Art 24",
                        "只有已答复的咨询可以加入咨询答问库（《办法》第二十四条）",
                        "only an answered consultation can be promoted to the FAQ (Art 24)"));
            }
            String question = request.question() == null || request.question().isBlank() ? c.title()
                    : PlainText.line("question", request.question());
            String answer = request.answer() == null || request.answer().isBlank() ? c.reply() : PlainText.text("answer", request.answer());
            return faqs.insert(c.targetOrganizationId(), ComplaintService.mask(question, row.contactName()),
                            ComplaintService.mask(answer, row.contactName()), true, c.id(), user.username())
                    .flatMap(this::get)
                    .flatMap(created -> audit.record("CREATE", ENTITY, created.id(), null, created)
                            .then(audit.record("PROMOTE_TO_FAQ", ComplaintService.ENTITY, c.id(), null, created.id()))
                            .thenReturn(created));
        });
    }

    private Mono<Long> organization(CurrentUser user, @Nullable Long requested) {
        Mono<Long> id = requested == null ? organizations.own(user.organizationCode()).map(o -> o.id())
                : organizations.visible(requested).map(o -> o.id());
        return id.switchIfEmpty(Mono.error(ApiProblemException.invalidField("organizationId", "Exists", "单位不存在或不在本单位范围内",
                "no such organization in your subtree")));
    }

    private static ApiProblemException stale() {
        return ApiProblemException.stale("答问已被他人修改", "the FAQ entry was changed by someone else");
    }
}
