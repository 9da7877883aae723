package cn.gov.nantong.govmedia.counterfeit;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.complaint.ComplaintService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Art 30 after the verdict: the request to the cyberspace administration (网信) and the police (公安) and what they did,
 * and the platform's closure of a confirmed fake, followed against its deadline until staff confirm the fake is gone.
 */
@Service
class CounterfeitFollowUpService {

    private static final String ENTITY = CounterfeitLeadService.ENTITY;
    private static final String REFERRAL = "counterfeit_referral";

    private final CounterfeitService investigations;
    private final CounterfeitRepository repository;
    private final CounterfeitReferralRepository referrals;
    private final ComplaintService complaints;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final GovMediaProperties properties;

    CounterfeitFollowUpService(CounterfeitService investigations, CounterfeitRepository repository,
                               CounterfeitReferralRepository referrals, ComplaintService complaints, CurrentUsers users,
                               AuditLog audit, GovMediaProperties properties) {
        this.investigations = investigations;
        this.repository = repository;
        this.referrals = referrals;
        this.complaints = complaints;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
    }

    Mono<List<CounterfeitReferral>> referrals(long id) {
        return investigations.get(id).flatMap(investigation -> referrals.of(id).collectList());
    }

    @Transactional
    public Mono<CounterfeitReferral> refer(long id, ReferralRequest request) {
        return Mono.zip(users.current().map(CurrentUser::username), investigations.get(id)).flatMap(context -> {
            if (context.getT2().status() == InvestigationStatus.NOT_FAKE) {
                return Mono.error(ApiProblemException.conflict("INVESTIGATION_STATE", "Art 30", "已核实不是假冒账号，无须商请协同处理",
                        "the account was found not to be a fake; there is nothing to refer"));
            }
            return referrals.insert(id, request, context.getT1()).flatMap(referralId -> referrals.find(id, referralId))
                    .flatMap(created -> audit.record("REFER", REFERRAL, created.id(), null, created).thenReturn(created));
        });
    }

    @Transactional
    public Mono<CounterfeitReferral> outcome(long id, long referralId, ReferralOutcomeRequest request) {
        return investigations.get(id).then(referrals.find(id, referralId))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("协同处理请求", "Referral")))
                .flatMap(before -> {
                    if (request.outcomeOn().isBefore(before.requestedOn())) {
                        return Mono.error(ApiProblemException.invalidField("outcomeOn", "Range", "处理结果日期不能早于商请日期",
                                "the outcome cannot be dated before the request"));
                    }
                    return referrals.outcome(referralId, request)
                            .flatMap(rows -> rows == 0 ? Mono.error(stale()) : referrals.find(id, referralId))
                            .flatMap(after -> audit.record("REFERRAL_OUTCOME", REFERRAL, referralId, before, after).thenReturn(after));
                });
    }

    @Transactional
    public Mono<CounterfeitResponse> deadline(long id, TakedownDeadlineRequest request) {
        if (request.deadline().isBefore(complaints.today())) {
            return Mono.error(ApiProblemException.invalidField("deadline", "FutureOrPresent", "关停期限不能早于今天",
                    "the takedown deadline cannot be in the past"));
        }
        return confirmedFake(id).flatMap(before -> repository.takedownDeadline(id, request.version(), request.deadline())
                .flatMap(rows -> rows == 0 ? Mono.error(stale()) : investigations.get(id))
                .flatMap(after -> audit.record("TAKEDOWN_DEADLINE", ENTITY, id, before, after).thenReturn(after)));
    }

    @Transactional
    public Mono<CounterfeitResponse> confirmTakedown(long id, TakedownConfirmationRequest request) {
        return Mono.zip(users.current().map(CurrentUser::username), confirmedFake(id)).flatMap(context -> {
            CounterfeitResponse before = context.getT2();
            LocalDate decidedOn = before.decidedAt() == null ? null : before.decidedAt().atZoneSameInstant(properties.timeZone()).toLocalDate();
            if (decidedOn != null && request.confirmedOn().isBefore(decidedOn)) {
                return Mono.error(ApiProblemException.invalidField("confirmedOn", "Range", "关停确认日期不能早于核实为假冒的日期",
                        "the takedown cannot be confirmed before the fake was confirmed"));
            }
            return repository.takedownConfirmed(id, request.version(), request.confirmedOn(), context.getT1(), request.note().trim())
                    .flatMap(rows -> rows == 0 ? Mono.error(stale()) : investigations.get(id))
                    .flatMap(after -> audit.record("TAKEDOWN_CONFIRMED", ENTITY, id, before, after).thenReturn(after));
        });
    }

    private Mono<CounterfeitResponse> confirmedFake(long id) {
        return investigations.get(id).flatMap(investigation -> investigation.status() == InvestigationStatus.CONFIRMED_FAKE
                && investigation.takedownConfirmedOn() == null ? Mono.just(investigation)
                : Mono.error(ApiProblemException.conflict("TAKEDOWN_STATE", "Art 30", "只有已核实、尚未确认关停的假冒账号需要跟进关停",
                        "only a confirmed fake whose takedown is not yet confirmed is followed up")));
    }

    private static ApiProblemException stale() {
        return ApiProblemException.stale("核查记录已被他人修改", "the investigation was changed by someone else");
    }
}
