package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.rectification.RectificationTasks;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckSampler.Candidate;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.CreateRequest;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.Finding;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.FindingRequest;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.SpotCheck;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Quarterly spot checks (Art 32): reproducible stratified sample, findings with rectification tasks, results. */
@Service
public class SpotCheckService {

    static final String METHOD = "按账号编号排序全部正常运行账号，以种子驱动 java.util.SplittableRandom 作 Fisher–Yates 洗牌；"
            + "先按洗牌顺序为每个县（市、区）及园区各取 1 个账号，再按洗牌顺序补足至不少于 %d%%。同一种子、同一总体，样本相同。"
            + " / All ACTIVE accounts ordered by id, Fisher-Yates shuffled by java.util.SplittableRandom(seed); the first account of "
            + "each county/district in shuffled order, then more in shuffled order up to %d%%. Same seed and population, same sample.";

    private final SpotCheckRepository repository;
    private final ChecklistRepository checklist;
    private final RectificationTasks rectifications;
    private final WorkingDayCalendar calendar;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final int samplePercent;
    private final int rectificationDays;
    private final int failPoints;

    SpotCheckService(SpotCheckRepository repository, ChecklistRepository checklist, RectificationTasks rectifications, WorkingDayCalendar calendar,
                     CurrentUsers users, AuditLog audit, Clock clock,
                     @Value("${govmedia.supervision.spot-check-percent:10}") int samplePercent,
                     @Value("${govmedia.supervision.rectification-working-days:10}") int rectificationDays,
                     @Value("${govmedia.supervision.spot-check-fail-points:20}") int failPoints) {
        this.repository = repository;
        this.checklist = checklist;
        this.rectifications = rectifications;
        this.calendar = calendar;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.samplePercent = samplePercent;
        this.rectificationDays = rectificationDays;
        this.failPoints = failPoints;
    }

    @Transactional
    public Mono<SpotCheck> create(CreateRequest request) {
        long seed = request.seed() != null ? request.seed() : ThreadLocalRandom.current().nextLong(1L << 53);
        return Mono.zip(repository.population().collectList(), users.current().map(CurrentUser::username)).flatMap(context -> {
            List<Candidate> population = context.getT1();
            if (population.isEmpty()) {
                return Mono.error(ApiProblemException.rule("NO_LIVE_ACCOUNTS", "Art 32", "没有正常运行的账号可供抽查",
                        "there are no live accounts to sample"));
            }
            List<Candidate> sample = SpotCheckSampler.sample(population, seed, samplePercent);
            return repository.insert(request.quarter(), seed, samplePercent, population.size(), context.getT2())
                    .onErrorMap(DataIntegrityViolationException.class, e -> ApiProblemException.conflict("SPOT_CHECK_EXISTS", "Art 32",
                            request.quarter() + " 的抽查已发起", "the spot check of " + request.quarter() + " already exists"))
                    .flatMap(id -> repository.insertSample(id, sample).then(get(id)));
        }).flatMap(check -> audit.record("CREATE", "spot_check", check.id(), null, check).thenReturn(check));
    }

    /** Whether the quarter (2026-Q4) has its spot check already. */
    public Mono<Boolean> quarterTaken(String quarter) {
        return repository.quarterTaken(quarter);
    }

    public Mono<Boolean> exists(long id) {
        return repository.exists(id);
    }

    public Mono<SpotCheck> get(long id) {
        return repository.header(id).switchIfEmpty(Mono.error(ApiProblemException.notFound("抽查", "Spot check")))
                .flatMap(h -> repository.accounts(id).collectList().map(accounts -> new SpotCheck(h.id(), h.quarter(), h.seed(),
                        h.samplePercent(), h.population(), h.status(), METHOD.formatted(h.samplePercent(), h.samplePercent()),
                        h.createdBy(), h.createdAt(), h.closedAt(), accounts)));
    }

    Mono<List<SpotCheck>> list() {
        return repository.headers().map(h -> new SpotCheck(h.id(), h.quarter(), h.seed(), h.samplePercent(), h.population(), h.status(),
                METHOD.formatted(h.samplePercent(), h.samplePercent()), h.createdBy(), h.createdAt(), h.closedAt(), List.of())).collectList();
    }

    @Transactional
    public Mono<Finding> record(long checkId, FindingRequest request) {
        LocalDate today = LocalDate.now(clock);
        Mono<SpotCheckRepository.Header> open = repository.header(checkId)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("抽查", "Spot check")))
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
        return get(checkId).flatMap(before -> users.current().flatMap(user -> repository.close(checkId, failPoints, user.username()))
                .flatMap(closed -> closed == 0 ? Mono.error(ApiProblemException.conflict("SPOT_CHECK_CLOSED", "抽查已结束",
                        "the spot check is already closed")) : get(checkId))
                .flatMap(after -> audit.record("CLOSE", "spot_check", checkId, before, after).thenReturn(after)));
    }
}
