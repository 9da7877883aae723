package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.assessment.Assessments;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckService;
import cn.gov.nantong.govmedia.supervision.JobViews.Job;
import cn.gov.nantong.govmedia.supervision.JobViews.JobFile;
import cn.gov.nantong.govmedia.supervision.JobViews.JobRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Starts and reads the supervision jobs of the caller; {@link JobRunner} carries them out. */
@Service
class JobService {

    private final JobRepository jobs;
    private final SpotCheckService spotChecks;
    private final Assessments assessments;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final JsonMapper json;

    JobService(JobRepository jobs, SpotCheckService spotChecks, Assessments assessments, CurrentUsers users, AuditLog audit, JsonMapper json) {
        this.jobs = jobs;
        this.spotChecks = spotChecks;
        this.assessments = assessments;
        this.users = users;
        this.audit = audit;
        this.json = json;
    }

    /** Checks the request and stores the job, QUEUED; the caller starts it once this transaction has committed. */
    @Transactional
    public Mono<Job> create(JobRequest request) {
        return users.current().flatMap(user -> check(request, user)
                .then(Mono.fromCallable(() -> json.writeValueAsString(parameters(request))))
                .flatMap(parameters -> jobs.insert(request.kind(), parameters, user)))
                .flatMap(job -> audit.record("START_JOB", "supervision_job", job.id(), null, job).thenReturn(job));
    }

    Mono<Job> get(long id) {
        return users.current().flatMap(user -> jobs.find(id, user.username()))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("任务", "Job")));
    }

    Mono<List<Job>> latest() {
        return users.current().flatMapMany(user -> jobs.latest(user.username(), 20)).collectList();
    }

    Mono<JobFile> file(long id) {
        return get(id).flatMap(job -> users.current().flatMap(user -> jobs.file(id, user.username()))
                .switchIfEmpty(Mono.error(ApiProblemException.conflict("JOB_NOT_FINISHED", "任务尚未成功完成，没有可下载的文件",
                        "the job has not succeeded; there is no file yet"))));
    }

    private Mono<Void> check(JobRequest request, CurrentUser user) {
        return switch (request.kind()) {
            case SPOT_CHECK_SAMPLE -> {
                if (!user.has(Role.CITY_ADMIN) && !user.has(Role.SUPERVISOR)) {
                    throw new AccessDeniedException("only CITY_ADMIN and SUPERVISOR start spot checks");
                }
                String quarter = required(request.quarter(), "quarter", "抽查季度");
                spotChecks.checkQuarter(quarter, "quarter");
                yield spotChecks.checkQuarterFree(quarter);
            }
            case SPOT_CHECK_NOTICE -> {
                required(request.format(), "format", "通报格式");
                long id = required(request.spotCheckId(), "spotCheckId", "抽查");
                yield spotChecks.exists(id)
                        .flatMap(found -> found ? Mono.empty() : Mono.error(ApiProblemException.invalidField("spotCheckId", "Exists",
                                "抽查不存在", "no spot check with this id")));
            }
            case ASSESSMENT_NOTICE -> {
                if (!user.has(Role.CITY_ADMIN) && !user.has(Role.AUDITOR)) {
                    throw new AccessDeniedException("only CITY_ADMIN and AUDITOR render the city's assessment notice");
                }
                required(request.format(), "format", "通报格式");
                assessments.checkYear(required(request.year(), "year", "考核年度"), "year");
                yield Mono.empty();
            }
        };
    }

    private static <T> T required(T value, String field, String nameZh) {
        if (value == null) {
            throw ApiProblemException.invalidField(field, "NotNull", nameZh + "不能为空", field + " is required for this kind of job");
        }
        return value;
    }

    private static Map<String, Object> parameters(JobRequest request) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("quarter", request.quarter());
        parameters.put("seed", request.seed());
        parameters.put("spotCheckId", request.spotCheckId());
        parameters.put("year", request.year());
        parameters.put("format", request.format());
        parameters.put("documentNumber", request.documentNumber());
        parameters.values().removeIf(v -> v == null);
        return parameters;
    }
}
