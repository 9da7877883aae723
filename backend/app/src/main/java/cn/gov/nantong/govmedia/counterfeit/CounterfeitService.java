package cn.gov.nantong.govmedia.counterfeit;

import cn.gov.nantong.govmedia.account.CounterfeitRegister;
import cn.gov.nantong.govmedia.account.Platform;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.complaint.ComplaintKind;
import cn.gov.nantong.govmedia.complaint.ComplaintRepository;
import cn.gov.nantong.govmedia.complaint.ComplaintResponse;
import cn.gov.nantong.govmedia.complaint.ComplaintRow;
import cn.gov.nantong.govmedia.complaint.ComplaintService;
import cn.gov.nantong.govmedia.complaint.PlainText;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import cn.gov.nantong.govmedia.organization.OrganizationSummary;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Art 30: a counterfeit report is verified; a confirmed fake gets a letter to the platform asking for closure, a report to
 * the impersonated organization's competent authority, and an entry in the account register's list of known fakes.
 */
@Service
class CounterfeitService {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CounterfeitRepository repository;
    private final ComplaintService complaints;
    private final ComplaintRepository complaintRows;
    private final CounterfeitLetter letters;
    private final CounterfeitRegister register;
    private final OrganizationDirectory organizations;
    private final OrganizationScopes scopes;
    private final CurrentUsers users;
    private final AuditLog audit;

    CounterfeitService(CounterfeitRepository repository, ComplaintService complaints, ComplaintRepository complaintRows,
                       CounterfeitLetter letters, CounterfeitRegister register, OrganizationDirectory organizations,
                       OrganizationScopes scopes, CurrentUsers users, AuditLog audit) {
        this.repository = repository;
        this.complaints = complaints;
        this.complaintRows = complaintRows;
        this.letters = letters;
        this.register = register;
        this.organizations = organizations;
        this.scopes = scopes;
        this.users = users;
        this.audit = audit;
    }

    Mono<PageResponse<CounterfeitResponse>> list(@Nullable InvestigationStatus status, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(status, scope, page), repository.count(status, scope), page));
    }

    Mono<byte[]> letter(long complaintId) {
        return complaints.row(complaintId).flatMap(row -> repository.letter(complaintId))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("致平台函", "Letter")));
    }

    @Transactional
    public Mono<CounterfeitResponse> verdict(long id, VerdictRequest request) {
        return Mono.zip(users.current(), complaints.row(id), scopes.current()).flatMap(context -> {
            CurrentUser user = context.getT1();
            ComplaintRow row = context.getT2();
            ComplaintResponse c = row.complaint();
            if (!user.has(Role.OPERATOR) || !row.hostSide()) {
                return Mono.error(new AccessDeniedException("host operator only"));
            }
            if (c.kind() != ComplaintKind.COUNTERFEIT_REPORT || !"VERIFYING".equals(c.investigationStatus())) {
                return Mono.error(ApiProblemException.conflict("INVESTIGATION_STATE", "Art 30", "该件不是待核查的假冒举报",
                        "this submission is not a counterfeit report under verification"));
            }
            if (c.version() != request.version()) {
                return Mono.error(ComplaintService.stale());
            }
            String reason = PlainText.text("reason", request.reason());
            Mono<Long> decided = request.verdict() == VerdictRequest.Verdict.NOT_FAKE
                    ? repository.decide(id, "NOT_FAKE", reason, user.username(), null, null, null)
                    : confirm(c, reason, user.username());
            return complaintRows.update(id, c.version(), "status = status", Map.of())
                    .flatMap(rows -> rows == 0 ? Mono.error(ComplaintService.stale()) : decided)
                    .flatMap(rows -> rows == 0 ? Mono.error(ComplaintService.stale()) : Mono.just(rows))
                    .then(repository.find(id, context.getT3()))
                    .flatMap(after -> audit.record("COUNTERFEIT_VERDICT", ComplaintService.ENTITY, id,
                            c.investigationStatus(), Map.of("verdict", after.status(), "reason", reason)).thenReturn(after));
        });
    }

    private Mono<Long> confirm(ComplaintResponse c, String reason, String by) {
        return organizations.byId(c.targetOrganizationId()).flatMap(target -> authority(target).map(a -> a.id()).defaultIfEmpty(-1L)
                .flatMap(authorityId -> {
                    String today = complaints.today().format(CHINESE_DATE);
                    Platform platform = Platform.valueOf(c.suspectPlatform());
                    String report = "关于假冒政务新媒体账号的报告：" + platform.name() + " 平台账号“" + c.suspectName() + "”冒用"
                            + target.name() + "名义，经核实确认为假冒账号，已于" + today + "致函平台要求关停，并列入假冒账号名录。受理编号："
                            + c.trackingNumber() + "。核实情况：" + reason;
                    CounterfeitLetter.Content content = new CounterfeitLetter.Content(c.trackingNumber(), platform.name(),
                            c.suspectName(), c.suspectLink(), target.name(), today, reason);
                    return Mono.fromCallable(() -> letters.render(content)).subscribeOn(Schedulers.boundedElastic())
                            .flatMap(pdf -> repository.decide(c.id(), "CONFIRMED_FAKE", reason, by, pdf,
                                    authorityId < 0 ? null : authorityId, report))
                            .flatMap(rows -> register.add(new CounterfeitRegister.Entry(platform, c.suspectName(), c.suspectLink(),
                                    target.id(), c.trackingNumber(), complaints.today())).thenReturn(rows));
                }));
    }

    /** The competent authority of the impersonated organization, or of its parent when it has none of its own. */
    private Mono<OrganizationSummary> authority(OrganizationSummary target) {
        if (target.competentAuthorityId() != null && target.competentAuthorityId() != target.id()) {
            return organizations.byId(target.competentAuthorityId());
        }
        return target.parentId() == null ? Mono.empty() : organizations.byId(target.parentId())
                .flatMap(parent -> parent.competentAuthorityId() == null ? Mono.just(parent) : organizations.byId(parent.competentAuthorityId()));
    }
}
