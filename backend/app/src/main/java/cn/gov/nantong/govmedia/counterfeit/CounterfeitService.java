package cn.gov.nantong.govmedia.counterfeit;

import cn.gov.nantong.govmedia.account.CounterfeitRegister;
import cn.gov.nantong.govmedia.account.Platform;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.calendar.WorkingDayResult;
import cn.gov.nantong.govmedia.common.document.CodeLabels;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Art 30: a counterfeit report, or a lead staff found, is verified; a confirmed fake gets a letter to the platform asking for closure, a report to
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
    private final AuditLog audit;
    private final WorkingDayCalendar workingDays;
    private final int takedownWorkingDays;

    CounterfeitService(CounterfeitRepository repository, ComplaintService complaints, ComplaintRepository complaintRows,
                       CounterfeitLetter letters, CounterfeitRegister register, OrganizationDirectory organizations,
                       OrganizationScopes scopes, AuditLog audit, WorkingDayCalendar workingDays,
                       @Value("${govmedia.counterfeits.takedown-working-days:5}") int takedownWorkingDays) {
        this.repository = repository;
        this.complaints = complaints;
        this.complaintRows = complaintRows;
        this.letters = letters;
        this.register = register;
        this.organizations = organizations;
        this.scopes = scopes;
        this.audit = audit;
        this.workingDays = workingDays;
        this.takedownWorkingDays = takedownWorkingDays;
    }

    Mono<PageResponse<CounterfeitResponse>> list(CounterfeitFilter filter, PageRequest page) {
        LocalDate today = complaints.today();
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(filter, scope, today, page),
                repository.count(filter, scope, today), page));
    }

    Mono<CounterfeitResponse> get(long id) {
        return scopes.current().flatMap(scope -> repository.find(id, scope, complaints.today()))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("假冒账号核查", "Counterfeit investigation")));
    }

    Mono<byte[]> letter(long complaintId) {
        return complaints.row(complaintId).flatMap(row -> repository.idOfComplaint(complaintId)).flatMap(repository::letter)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("致平台函", "Letter")));
    }

    Mono<byte[]> letterOf(long id) {
        return get(id).flatMap(investigation -> repository.letter(id))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("致平台函", "Letter")));
    }

    @Transactional
    public Mono<CounterfeitResponse> verdict(long complaintId, VerdictRequest request) {
        return complaints.asHostOperator(complaintId).flatMap(context -> {
            CurrentUser user = context.getT1();
            ComplaintRow row = context.getT2();
            ComplaintResponse c = row.complaint();
            if (c.kind() != ComplaintKind.COUNTERFEIT_REPORT || !"VERIFYING".equals(c.investigationStatus())) {
                return Mono.error(notVerifying());
            }
            if (c.version() != request.version()) {
                return Mono.error(ComplaintService.stale());
            }
            return complaintRows.update(complaintId, c.version(), "status = status", Map.of())
                    .flatMap(rows -> rows == 0 ? Mono.error(ComplaintService.stale()) : repository.idOfComplaint(complaintId))
                    .flatMap(id -> decide(new Suspect(id, c.trackingNumber(), Platform.valueOf(c.suspectPlatform()), c.suspectName(),
                            c.suspectLink(), c.targetOrganizationId()), request, user.username()))
                    .flatMap(after -> audit.record("COUNTERFEIT_VERDICT", ComplaintService.ENTITY, complaintId,
                            c.investigationStatus(), Map.of("verdict", after.status(), "reason", after.reason())).thenReturn(after));
        });
    }

    /** What a verdict needs to know of the suspect account, whichever way the investigation started. */
    record Suspect(long investigationId, String reference, Platform platform, String name, @Nullable String link, long targetId) {
    }

    /**
     * NOT_FAKE closes the investigation; CONFIRMED_FAKE writes the letter to the platform, reports to the competent
     * authority, registers the fake and sets the takedown deadline (given, or N working days from today). The caller
     * checked the state and the version.
     */
    Mono<CounterfeitResponse> decide(Suspect suspect, VerdictRequest request, String by) {
        String reason = PlainText.text("reason", request.reason());
        LocalDate today = complaints.today();
        if (request.takedownDeadline() != null && request.takedownDeadline().isBefore(today)) {
            return Mono.error(ApiProblemException.invalidField("takedownDeadline", "FutureOrPresent", "关停期限不能早于今天",
                    "the takedown deadline cannot be in the past"));
        }
        Mono<Long> decided = request.verdict() == VerdictRequest.Verdict.NOT_FAKE
                ? repository.decide(suspect.investigationId(), "NOT_FAKE", reason, by, null, null, null, null)
                : (request.takedownDeadline() != null ? Mono.just(request.takedownDeadline())
                        : workingDays.plus(today, takedownWorkingDays).map(WorkingDayResult::date))
                        .flatMap(deadline -> confirm(suspect, reason, by, deadline));
        return decided.flatMap(rows -> rows == 0 ? Mono.error(ComplaintService.stale()) : get(suspect.investigationId()));
    }

    static ApiProblemException notVerifying() {
        return ApiProblemException.conflict("INVESTIGATION_STATE", "Art 30", "该件不是待核查的假冒账号线索",
                "this is not a counterfeit investigation under verification");
    }

    private Mono<Long> confirm(Suspect s, String reason, String by, LocalDate deadline) {
        return organizations.byId(s.targetId()).flatMap(target -> authority(target).map(a -> a.id()).defaultIfEmpty(-1L)
                .flatMap(authorityId -> {
                    String today = complaints.today().format(CHINESE_DATE);
                    String platform = CodeLabels.platform(s.platform().name());
                    String report = "关于假冒政务新媒体账号的报告：" + platform + "平台账号“" + s.name() + "”冒用"
                            + target.name() + "名义，经核实确认为假冒账号，已于" + today + "致函平台要求关停，并列入假冒账号名录。受理编号："
                            + s.reference() + "。核实情况：" + reason;
                    CounterfeitLetter.Content content = new CounterfeitLetter.Content(s.reference(), platform, s.name(),
                            s.link(), target.name(), complaints.today(), reason);
                    return Mono.fromCallable(() -> letters.render(content)).subscribeOn(Schedulers.boundedElastic())
                            .flatMap(pdf -> repository.decide(s.investigationId(), "CONFIRMED_FAKE", reason, by, pdf,
                                    authorityId < 0 ? null : authorityId, report, deadline))
                            .flatMap(rows -> register.add(new CounterfeitRegister.Entry(s.platform(), s.name(), s.link(),
                                    target.id(), s.reference(), complaints.today())).thenReturn(rows));
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
