package cn.gov.nantong.govmedia.counterfeit;

import cn.gov.nantong.govmedia.account.Platform;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.complaint.ComplaintService;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Art 30 "发现…假冒政务新媒体": an investigation staff open on a fake they found, without a public report, and its verdict. */
@Service
class CounterfeitLeadService {

    static final String ENTITY = "counterfeit_investigation";

    private final CounterfeitService investigations;
    private final CounterfeitRepository repository;
    private final OrganizationDirectory organizations;
    private final CurrentUsers users;
    private final AuditLog audit;

    CounterfeitLeadService(CounterfeitService investigations, CounterfeitRepository repository, OrganizationDirectory organizations,
                           CurrentUsers users, AuditLog audit) {
        this.investigations = investigations;
        this.repository = repository;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public Mono<CounterfeitResponse> open(CounterfeitLeadRequest request) {
        return organizations.visible(request.impersonatedOrganizationId())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("impersonatedOrganizationId", "Exists",
                        "单位不存在或不在您的管辖范围内", "the organization does not exist or is outside your scope")))
                .then(users.current().map(CurrentUser::username))
                .flatMap(by -> repository.insertLead(request, by))
                .flatMap(investigations::get)
                .flatMap(created -> audit.record("OPEN", ENTITY, created.id(), null, created).thenReturn(created));
    }

    @Transactional
    public Mono<CounterfeitResponse> verdict(long id, VerdictRequest request) {
        return Mono.zip(users.current(), investigations.get(id)).flatMap(context -> {
            CounterfeitResponse before = context.getT2();
            if (before.source() != CounterfeitSource.STAFF) {
                return Mono.error(ApiProblemException.conflict("PUBLIC_REPORT_VERDICT", "Art 30",
                        "群众举报的假冒线索请在该举报件上作出核查结论", "a public report's verdict is given on the submission"));
            }
            if (before.status() != InvestigationStatus.VERIFYING) {
                return Mono.error(CounterfeitService.notVerifying());
            }
            if (before.version() != request.version()) {
                return Mono.error(ComplaintService.stale());
            }
            CounterfeitService.Suspect suspect = new CounterfeitService.Suspect(id, reference(id),
                    Platform.valueOf(before.suspectPlatform()), before.suspectName(), before.suspectLink(),
                    before.impersonatedOrganizationId());
            return investigations.decide(suspect, request, context.getT1().username())
                    .flatMap(after -> audit.record("COUNTERFEIT_VERDICT", ENTITY, id, before, after).thenReturn(after));
        });
    }

    /** The reference of a staff lead in the letter and the register of fakes. */
    static String reference(long id) {
        return "XS%08d".formatted(id);
    }
}
