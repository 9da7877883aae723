package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import cn.gov.nantong.govmedia.rectification.RectificationTasks;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckSampler.Candidate;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.CreateRequest;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.Finding;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.FindingRequest;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.MissingCheck;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.SampledAccount;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.SpotCheck;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Quarterly spot checks (Art 32): reproducible stratified sample, findings with rectification tasks, results. */
@Service
public class SpotCheckService {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final String METHOD = "将全部正常运行账号按编号排列，用随机种子打乱顺序；"
            + "先按打乱后的顺序为每个县（市、区）及园区各抽取1个账号，再依次补足至不少于百分之%d。同一种子、同一批账号，抽中的样本相同，可随时复核。"
            + " / All ACTIVE accounts ordered by id, Fisher-Yates shuffled by java.util.SplittableRandom(seed); the first account of "
            + "each county/district in shuffled order, then more in shuffled order up to %d%%. Same seed and population, same sample.";

    /** Art 32.2: a county's (or department's) own check over the accounts of its scope. */
    static final String LOCAL_METHOD = "将本辖区全部正常运行账号按编号排列，用随机种子打乱顺序；"
            + "先按打乱后的顺序为辖区内每个直属单位（有正常运行账号的）各抽取1个账号，再依次补足至不少于百分之%d。同一种子、同一批账号，抽中的样本相同，可随时复核。"
            + " / All ACTIVE accounts of the jurisdiction ordered by id, Fisher-Yates shuffled by java.util.SplittableRandom(seed); the "
            + "first account of each organization directly below the jurisdiction's root, then more in shuffled order up to %d%%. "
            + "Same seed and population, same sample.";

    private final SpotCheckRepository repository;
    private final ChecklistRepository checklist;
    private final RectificationTasks rectifications;
    private final WorkingDayCalendar calendar;
    private final CurrentUsers users;
    private final OrganizationScopes scopes;
    private final AuditLog audit;
    private final Clock clock;
    private final int samplePercent;
    private final int rectificationDays;
    private final int failPoints;

    SpotCheckService(SpotCheckRepository repository, ChecklistRepository checklist, RectificationTasks rectifications, WorkingDayCalendar calendar,
                     CurrentUsers users, OrganizationScopes scopes, AuditLog audit, Clock clock,
                     @Value("${govmedia.supervision.spot-check-percent:10}") int samplePercent,
                     @Value("${govmedia.supervision.rectification-working-days:10}") int rectificationDays,
                     @Value("${govmedia.supervision.spot-check-fail-points:20}") int failPoints) {
        this.repository = repository;
        this.checklist = checklist;
        this.rectifications = rectifications;
        this.calendar = calendar;
        this.users = users;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.samplePercent = samplePercent;
        this.rectificationDays = rectificationDays;
        this.failPoints = failPoints;
    }

    /**
     * Draws the sample of the caller's own check of the quarter (Art 32.2): CITY_ADMIN and the city office's supervisors
     * check the whole city, a county office's supervisors their county. One check per quarter per organization (409).
     */
    @Transactional
    public Mono<SpotCheck> create(CreateRequest request) {
        checkQuarter(request.quarter(), "quarter");
        long seed = request.seed() != null ? request.seed() : ThreadLocalRandom.current().nextLong(1L << 53);
        return Mono.zip(runner(), users.current().map(CurrentUser::username)).flatMap(context -> {
            SpotCheckRepository.Runner runner = context.getT1();
            return repository.population(runner.id()).collectList().flatMap(population -> {
                if (population.isEmpty()) {
                    return Mono.error(ApiProblemException.rule("NO_LIVE_ACCOUNTS", "Art 32", "没有正常运行的账号可供抽查",
                            "there are no live accounts to sample"));
                }
                List<Candidate> sample = SpotCheckSampler.sample(population, seed, samplePercent);
                return repository.insert(runner.id(), request.quarter(), seed, samplePercent, population.size(), context.getT2())
                        .onErrorMap(DataIntegrityViolationException.class, e -> taken(runner, request.quarter()))
                        .flatMap(id -> repository.insertSample(id, sample).then(get(id)));
            });
        }).flatMap(check -> audit.record("CREATE", "spot_check", check.id(), null, check).thenReturn(check));
    }

    /** A 400 on {@code field} unless the quarter is a real one: from 2019 on, not in the future (Beijing time). */
    public void checkQuarter(String quarter, String field) {
        Quarters.check(quarter, field, LocalDate.now(clock.withZone(SHANGHAI)));
    }

    /** The organization the caller's checks belong to: the root of their scope. */
    private Mono<SpotCheckRepository.Runner> runner() {
        return scopes.current().flatMap(repository::runner).switchIfEmpty(Mono.error(ApiProblemException.forbidden("NO_SCOPE",
                "无法确定您所在的辖区，不能发起抽查", "the caller's jurisdiction is unknown; no spot check can be started")));
    }

    private static ApiProblemException taken(SpotCheckRepository.Runner runner, String quarter) {
        return ApiProblemException.conflict("SPOT_CHECK_EXISTS", "Art 32", runner.name() + " " + quarter + " 的抽查已发起",
                "the spot check of " + quarter + " by " + runner.name() + " already exists");
    }

    /** Fails with 409 when the caller's organization has its check of the quarter already. */
    public Mono<Void> checkQuarterFree(String quarter) {
        return runner().flatMap(runner -> repository.quarterTaken(runner.id(), quarter)
                .flatMap(found -> found ? Mono.error(taken(runner, quarter)) : Mono.<Void>empty()));
    }

    /** Whether the check exists within the caller's scope. */
    public Mono<Boolean> exists(long id) {
        return scopes.current().flatMap(scope -> repository.exists(id, scope));
    }

    /** The check with its sample, when the caller's scope holds the organization that runs it; 404 otherwise. */
    public Mono<SpotCheck> get(long id) {
        return scopes.current().flatMap(scope -> repository.header(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("抽查", "Spot check")))
                .flatMap(h -> repository.accounts(id).collectList().map(accounts -> view(h, accounts)));
    }

    Mono<List<SpotCheck>> list() {
        return scopes.current().flatMapMany(repository::headers).map(h -> view(h, List.of())).collectList();
    }

    /**
     * Art 32.2 reminder: the organizations within the caller's scope that should run a check every quarter (the city and
     * every county or zone with a government office, whose supervisors run it) and have none for the quarter, by
     * default the last quarter that has ended.
     */
    Mono<List<MissingCheck>> missing(@Nullable String quarter) {
        String q = quarter == null ? Quarters.lastEnded(LocalDate.now(clock.withZone(SHANGHAI))) : quarter;
        if (quarter != null) {
            checkQuarter(quarter, "quarter");
        }
        return scopes.current().flatMapMany(scope -> repository.missing(q, scope)).collectList();
    }

    /**
     * The check, for a change by the caller: 404 outside the scope; a SUPERVISOR (not city-wide) changes only the checks
     * their own organization runs (403 for a check of another organization within the scope).
     */
    private Mono<SpotCheckRepository.Header> runnable(long checkId) {
        return Mono.zip(users.current(), scopes.current()).flatMap(context -> repository.header(checkId, context.getT2())
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("抽查", "Spot check")))
                .flatMap(h -> context.getT1().cityWide() ? Mono.just(h) : repository.runner(context.getT2())
                        .filter(runner -> runner.id() == h.organizationId())
                        .switchIfEmpty(Mono.error(ApiProblemException.forbidden("NOT_RUNNER", "只有发起抽查的单位可以记录问题或结束抽查",
                                "only the organization that runs the check may record findings or close it")))
                        .thenReturn(h)));
    }

    private static SpotCheck view(SpotCheckRepository.Header h, List<SampledAccount> accounts) {
        String method = h.cityWide() ? METHOD : LOCAL_METHOD;
        return new SpotCheck(h.id(), h.quarter(), h.organizationId(), h.organizationName(), h.cityWide(), h.seed(), h.samplePercent(),
                h.population(), h.status(), method.formatted(h.samplePercent(), h.samplePercent()), h.createdBy(), h.createdAt(),
                h.closedAt(), h.withdrawnReason(), h.withdrawnBy(), h.withdrawnAt(), accounts);
    }

    @Transactional
    public Mono<Finding> record(long checkId, FindingRequest request) {
        LocalDate today = LocalDate.now(clock);
        Mono<SpotCheckRepository.Header> open = runnable(checkId)
                .flatMap(h -> "OPEN".equals(h.status()) ? Mono.just(h) : Mono.error(ApiProblemException.conflict("SPOT_CHECK_CLOSED",
                        "抽查已结束，不能再记录问题", "the spot check is closed")));
        Mono<Long> host = repository.sampledHost(checkId, request.accountId())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("accountId", "InSample", "该账号不在本次抽查样本中",
                        "the account is not in this check's sample")));
        Mono<ChecklistItem> item = checklist.activeByCode(request.itemCode())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("itemCode", "Exists", "检查项不存在或已停用",
                        "no active checklist item with this code")));
        return open.then(Mono.zip(host, item, users.current().map(CurrentUser::username), calendar.plus(today, rectificationDays)))
                .flatMap(c -> repository.insertFinding(checkId, request.accountId(), c.getT2().id(), request.description().trim(), c.getT3())
                        .flatMap(findingId -> rectifications.open(new RectificationTasks.LocalTask("SC-" + findingId, request.accountId(),
                                        c.getT1(), c.getT2().code(), c.getT2().veto(), "【" + c.getT2().name() + "】" + request.description().trim(),
                                        today, c.getT4().date()))
                                .flatMap(taskId -> repository.linkRectification(findingId, taskId)
                                        .thenReturn(new Finding(findingId, checkId, request.accountId(), c.getT2().code(), c.getT2().name(),
                                                c.getT2().veto(), request.description().trim(), taskId, c.getT4().date(), c.getT3())))))
                .flatMap(finding -> audit.record("RECORD_FINDING", "spot_check", checkId, null, finding).thenReturn(finding));
    }

    @Transactional
    public Mono<SpotCheck> close(long checkId) {
        return runnable(checkId).then(get(checkId)).flatMap(before -> users.current().flatMap(user -> repository.close(checkId, failPoints, user.username()))
                .flatMap(closed -> closed == 0 ? Mono.error(ApiProblemException.conflict("SPOT_CHECK_CLOSED", "抽查已结束",
                        "the spot check is already closed")) : get(checkId))
                .flatMap(after -> audit.record("CLOSE", "spot_check", checkId, before, after).thenReturn(after)));
    }

    /** A check started by mistake goes while it is open and holds no finding (its findings would be rectification tasks). */
    @Transactional
    public Mono<SpotCheck> withdraw(long checkId, String reason) {
        return runnable(checkId).then(get(checkId)).flatMap(before -> users.current()
                .flatMap(user -> repository.withdraw(checkId, reason.trim(), user.username()))
                .flatMap(withdrawn -> withdrawn == 0 ? Mono.error(notWithdrawable(before)) : get(checkId))
                .flatMap(after -> audit.record("WITHDRAW", "spot_check", checkId, before, after).thenReturn(after)));
    }

    private static ApiProblemException notWithdrawable(SpotCheck check) {
        return "OPEN".equals(check.status())
                ? ApiProblemException.conflict("SPOT_CHECK_HAS_FINDINGS", "抽查已记录问题并生成整改任务，不能撤回，请结束抽查",
                        "the check holds findings that became rectification tasks; close it instead")
                : ApiProblemException.conflict("SPOT_CHECK_CLOSED", "抽查已结束或已撤回，不能撤回", "the spot check is closed or withdrawn");
    }
}
