package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.assessment.AssessmentNotice;
import cn.gov.nantong.govmedia.assessment.Assessments;
import cn.gov.nantong.govmedia.common.document.OfficialDocument;
import cn.gov.nantong.govmedia.common.document.OfficialDocuments;
import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.common.document.Workbooks.Sheet;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.common.web.Problem;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckNotice;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckRepository;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckService;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.CreateRequest;
import cn.gov.nantong.govmedia.supervision.JobViews.Format;
import cn.gov.nantong.govmedia.supervision.JobViews.Job;
import cn.gov.nantong.govmedia.supervision.JobViews.JobFile;
import cn.gov.nantong.govmedia.supervision.JobViews.JobRequest;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.ContextView;

/**
 * Carries out a stored job after the request that started it has answered, in the caller's security context (so
 * the scope is the caller's), writing each step to the job row. Rendering PDF and Excel blocks, so it runs on
 * bounded-elastic threads. A run holds a lease on its job and renews it every third of its length; when the lease is
 * lost (another instance took the job over) the run stops. {@link JobSweeper} takes over the jobs of stopped instances.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    /** This instance; each claim adds a number, so two runs of one job here never share a lease. */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong claims = new AtomicLong();
    private final JobRepository jobs;
    private final JobLeases leases;
    private final TransactionalOperator transaction;
    private final SpotCheckService spotChecks;
    private final SpotCheckRepository spotCheckRows;
    private final Assessments assessments;
    private final OfficialDocuments documents;
    private final Clock clock;
    private final String issuer;
    private final Duration lease;

    JobRunner(JobRepository jobs, JobLeases leases, TransactionalOperator transaction, SpotCheckService spotChecks,
              SpotCheckRepository spotCheckRows, Assessments assessments, OfficialDocuments documents, Clock clock,
              @Value("${govmedia.supervision.notice-issuer:南通市人民政府办公室}") String issuer,
              @Value("${govmedia.supervision.job-lease:PT30S}") Duration lease) {
        this.jobs = jobs;
        this.leases = leases;
        this.transaction = transaction;
        this.spotChecks = spotChecks;
        this.spotCheckRows = spotCheckRows;
        this.assessments = assessments;
        this.documents = documents;
        this.clock = clock;
        this.issuer = issuer;
        this.lease = lease;
    }

    /** Claims and starts the job detached from the request (keeping its context) and answers the job as stored. */
    Mono<Job> launch(Job job, JobRequest request) {
        return Mono.deferContextual(context -> {
            String claim = newClaim();
            leases.claim(job.id(), claim, lease).filter(Boolean::booleanValue)
                    .subscribe(claimed -> start(job.id(), claim, request, context),
                            error -> log.warn("supervision job {} not claimed; a sweeper will take it", job.id(), error));
            return Mono.just(job);
        });
    }

    /** Runs, detached and in {@code context}, a job claimed under {@code claim}. */
    void start(long id, String claim, JobRequest request, ContextView context) {
        Mono<Long> lost = Flux.interval(lease.dividedBy(3))
                .concatMap(tick -> leases.renew(id, claim, lease).onErrorResume(error -> {
                    log.warn("supervision job {}: lease not renewed this time", id, error);
                    return Mono.just(1L);
                }))
                .filter(renewed -> renewed == 0).next()
                .doOnNext(renewed -> log.info("supervision job {} was taken over by another instance", id));
        run(id, claim, request).takeUntilOther(lost).contextWrite(context)
                .subscribe(null, error -> log.error("supervision job {} stopped", id, error));
    }

    /** A lease value for one claim. */
    String newClaim() {
        return instance + "#" + claims.incrementAndGet();
    }

    Duration lease() {
        return lease;
    }

    private Mono<Long> run(long id, String claim, JobRequest request) {
        Mono<Long> work = switch (request.kind()) {
            // The check and the job's success commit together: a run taken over before the commit left no check behind.
            case SPOT_CHECK_SAMPLE -> jobs.progress(id, claim, 10, "正在抽取样本")
                    .then(spotChecks.create(new CreateRequest(request.quarter(), request.seed()))
                            .flatMap(check -> jobs.succeedWithCheck(id, claim, check.id()))
                            .filter(updated -> updated == 1).switchIfEmpty(Mono.error(LeaseLost::new))
                            .as(transaction::transactional));
            case SPOT_CHECK_NOTICE -> jobs.progress(id, claim, 20, "正在汇总抽查结果")
                    .then(Mono.zip(spotChecks.get(request.spotCheckId()), spotCheckRows.findings(request.spotCheckId()).collectList()))
                    .flatMap(t -> render(id, claim, request.format(), SpotCheckNotice.fileName(t.getT1(), request.format().extension),
                            today -> SpotCheckNotice.document(t.getT1(), t.getT2(), SpotCheckNotice.issuer(t.getT1(), issuer), today,
                                    request.documentNumber()), () -> SpotCheckNotice.sheets(t.getT1(), t.getT2())));
            case ASSESSMENT_NOTICE -> jobs.progress(id, claim, 20, "正在计算年度考核结果")
                    .then(Mono.zip(assessments.results(request.year()), assessments.commendations(request.year())))
                    .flatMap(t -> render(id, claim, request.format(), AssessmentNotice.fileName(request.year(), request.format().extension),
                            today -> AssessmentNotice.document(request.year(), t.getT1(), t.getT2(), issuer, today, request.documentNumber()),
                            () -> AssessmentNotice.sheets(t.getT1(), t.getT2())));
        };
        return work.onErrorResume(error -> {
            if (error instanceof LeaseLost) {
                log.info("supervision job {} was taken over by another instance; its check is rolled back", id);
                return Mono.empty();
            }
            if (error instanceof ApiProblemException problem) {
                Problem p = problem.toProblem();
                return jobs.fail(id, claim, p.code(), p.detail());
            }
            log.error("supervision job {} failed", id, error);
            return jobs.fail(id, claim, "JOB_FAILED", "任务执行失败，请稍后重新发起");
        });
    }

    private Mono<Long> render(long id, String claim, Format format, String fileName, Function<LocalDate, OfficialDocument> document,
                              Supplier<List<Sheet>> sheets) {
        LocalDate today = LocalDate.now(clock);
        return jobs.progress(id, claim, 60, "正在生成" + format.label + "文件")
                .then(Mono.fromCallable(() -> switch (format) {
                    case HTML -> documents.html(document.apply(today)).getBytes(StandardCharsets.UTF_8);
                    case PDF -> documents.pdf(document.apply(today));
                    case DOCX -> documents.docx(document.apply(today));
                    case XLSX -> Workbooks.xlsx(sheets.get());
                }).subscribeOn(Schedulers.boundedElastic()))
                .flatMap(content -> jobs.succeedWithFile(id, claim, new JobFile(fileName, format.contentType, content)));
    }

    /** The run's job is no longer leased to it. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("lease lost", null, false, false);
        }
    }
}
