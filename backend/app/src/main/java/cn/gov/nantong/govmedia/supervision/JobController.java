package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.common.web.Downloads;
import cn.gov.nantong.govmedia.supervision.JobViews.Job;
import cn.gov.nantong.govmedia.supervision.JobViews.JobRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Long supervision computations as jobs: spot-check sampling and the published notices (Art 32, 33), with progress. */
@RestController
@RequestMapping("/api/v1/supervision/jobs")
@Tag(name = "supervision-jobs")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR', 'SUPERVISOR')")
class JobController {

    private final JobService service;
    private final JobRunner runner;

    JobController(JobService service, JobRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "startSupervisionJob", summary = "启动监管任务（抽样、通报生成）",
            description = "SPOT_CHECK_SAMPLE (CITY_ADMIN, SUPERVISOR) draws the sample of the caller's own check of a quarter, as POST "
                    + "/api/v1/spot-checks does; SPOT_CHECK_NOTICE (a check within the caller's scope) and ASSESSMENT_NOTICE (CITY_ADMIN, "
                    + "AUDITOR) render the quarterly spot-check notice or "
                    + "the annual assessment notice as HTML, PDF (Chinese font embedded) or XLSX. Answers 202 at once; poll "
                    + "GET /api/v1/supervision/jobs/{id} for progress, then download the file. A quarter already checked is a 409. Audited.")
    Mono<Job> start(@Valid @RequestBody JobRequest request) {
        return service.create(request).flatMap(job -> runner.launch(job, request));
    }

    @GetMapping
    @Operation(operationId = "listSupervisionJobs", summary = "我的监管任务", description = "The caller's latest 20 jobs, newest first.")
    Mono<List<Job>> latest() {
        return service.latest();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSupervisionJob", summary = "任务进度", description = "Only the job's creator sees it (404 otherwise).")
    Mono<Job> get(@Parameter(example = "7") @PathVariable long id) {
        return service.get(id);
    }

    @GetMapping(value = "/{id}/file", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_HTML_VALUE,
            Workbooks.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "downloadSupervisionJobFile", summary = "下载任务生成的通报文件",
            description = "The notice of a SUCCEEDED job, to its creator only; 409 while it is not finished.",
            responses = @ApiResponse(responseCode = "200", description = "The notice (HTML, PDF or XLSX)", content = {
                    @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = Workbooks.CONTENT_TYPE,
                            schema = @Schema(type = "string", format = "binary"))}))
    Mono<ResponseEntity<byte[]>> file(@Parameter(example = "7") @PathVariable long id) {
        return service.file(id).map(file -> Downloads.attachment(file.fileName(), file.contentType())
                .header("Content-Security-Policy", "sandbox")
                .body(file.content()));
    }
}
