package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.common.document.PdfRenderer;
import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.common.document.Workbooks.Sheet;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.common.web.Problem;
import cn.gov.nantong.govmedia.supervision.JobViews.Format;
import cn.gov.nantong.govmedia.supervision.JobViews.Job;
import cn.gov.nantong.govmedia.supervision.JobViews.JobFile;
import cn.gov.nantong.govmedia.supervision.JobViews.JobRequest;
import cn.gov.nantong.govmedia.supervision.SpotCheckViews.CreateRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Carries out a stored job after the request that started it has answered, in the caller's security context (so
 * the scope is the caller's), writing each step to the job row. Rendering PDF and Excel blocks, so it runs on
 * bounded-elastic threads.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobRepository jobs;
    private final SpotCheckService spotChecks;
    private final SpotCheckRepository spotCheckRows;
    private final Assessments assessments;
    private final PdfRenderer pdf;
    private final Clock clock;
    private final String issuer;

    JobRunner(JobRepository jobs, SpotCheckService spotChecks, SpotCheckRepository spotCheckRows, Assessments assessments, PdfRenderer pdf,
              Clock clock, @Value("${govmedia.supervision.notice-issuer:南通市人民政府办公室}") String issuer) {
        this.jobs = jobs;
        this.spotChecks = spotChecks;
        this.spotCheckRows = spotCheckRows;
        this.assessments = assessments;
        this.pdf = pdf;
        this.clock = clock;
        this.issuer = issuer;
    }

    /** Starts the job detached from the request (keeping its context) and answers the job as stored. */
    Mono<Job> launch(Job job, JobRequest request) {
        return Mono.deferContextual(context -> {
            run(job.id(), request).contextWrite(context).subscribe();
            return Mono.just(job);
        });
    }

    private Mono<Long> run(long id, JobRequest request) {
        Mono<Long> work = switch (request.kind()) {
            case SPOT_CHECK_SAMPLE -> jobs.progress(id, 10, "正在抽取样本")
                    .then(spotChecks.create(new CreateRequest(request.quarter(), request.seed())))
                    .flatMap(check -> jobs.succeedWithCheck(id, check.id()));
            case SPOT_CHECK_NOTICE -> jobs.progress(id, 20, "正在汇总抽查结果")
                    .then(Mono.zip(spotChecks.get(request.spotCheckId()), spotCheckRows.findings(request.spotCheckId()).collectList()))
                    .flatMap(t -> render(id, request.format(), SpotCheckNotice.fileName(t.getT1(), request.format().extension),
                            today -> SpotCheckNotice.html(t.getT1(), t.getT2(), issuer, today), () -> SpotCheckNotice.sheets(t.getT1(), t.getT2())));
            case ASSESSMENT_NOTICE -> jobs.progress(id, 20, "正在计算年度考核结果")
                    .then(assessments.results(request.year()))
                    .flatMap(results -> render(id, request.format(), AssessmentNotice.fileName(request.year(), request.format().extension),
                            today -> AssessmentNotice.html(request.year(), results, issuer, today), () -> AssessmentNotice.sheets(results)));
        };
        return work.onErrorResume(error -> {
            if (error instanceof ApiProblemException problem) {
                Problem p = problem.toProblem();
                return jobs.fail(id, p.code(), p.detail());
            }
            log.error("supervision job {} failed", id, error);
            return jobs.fail(id, "JOB_FAILED", "任务执行失败，请稍后重新发起");
        });
    }

    private Mono<Long> render(long id, Format format, String fileName, Function<LocalDate, String> html,
                              Supplier<List<Sheet>> sheets) {
        LocalDate today = LocalDate.now(clock);
        return jobs.progress(id, 60, "正在生成" + format.name() + "文件")
                .then(Mono.fromCallable(() -> switch (format) {
                    case HTML -> html.apply(today).getBytes(StandardCharsets.UTF_8);
                    case PDF -> pdf.render(html.apply(today));
                    case XLSX -> Workbooks.xlsx(sheets.get());
                }).subscribeOn(Schedulers.boundedElastic()))
                .flatMap(content -> jobs.succeedWithFile(id, new JobFile(fileName, format.contentType, content)));
    }
}
