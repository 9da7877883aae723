package cn.gov.nantong.govmedia.repost;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Required reposts 转发任务 (Art 21, rule 21.3). */
@RestController
@RequestMapping("/api/v1/repost-tasks")
@Tag(name = "repost-tasks")
class RepostTaskController {

    @Schema(description = "撤销转发任务 / cancel a required repost")
    record CancelRequest(@Schema(example = "来源稿件已更正，改发新稿") @NotBlank @Size(max = 500) String reason) {
    }

    private final RepostTaskService service;
    private final Clock clock;

    RepostTaskController(RepostTaskService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Operation(operationId = "createRepostTask", summary = "下发转发任务",
            description = "CITY_ADMIN or SUPERVISOR, for active accounts of their scope (at least one; others answer 400 on accountIds). "
                    + "The task is done for an account once it publishes the source URL or the title by the deadline. Audited.")
    Mono<RepostTaskDetail> create(@Valid @RequestBody RepostTaskRequest request) {
        return service.create(request);
    }

    @GetMapping
    @Operation(operationId = "listRepostTasks", summary = "转发任务列表",
            description = "Tasks with a target account in the caller's subtree, with the counts of those targets by state: an operator sees "
                    + "the tasks of their own accounts. Any administrator role.")
    Mono<PageResponse<RepostTask>> list(@Parameter(example = "OPEN") @RequestParam(required = false) @Nullable RepostTaskStatus status,
                                        @Parameter(description = "Open tasks with targets still to repost", example = "false")
                                        @RequestParam(defaultValue = "false") boolean outstanding,
                                        @Parameter(example = "1") @RequestParam(required = false) @Nullable Long accountId,
                                        @Parameter(description = "Words of the title", example = "四中全会") @RequestParam(required = false) @Nullable String q,
                                        @Parameter(description = "deadline, issuedAt or title, with ,asc or ,desc", example = "deadline,asc")
                                        @RequestParam(required = false) @Nullable String sort,
                                        @Parameter(example = "1") @RequestParam(required = false) @Nullable Integer page,
                                        @Parameter(example = "20") @RequestParam(required = false) @Nullable Integer size) {
        PageRequest request = PageRequest.of(page, size, sort, RepostTaskRepository.SORTABLE, RepostTaskRepository.DEFAULT_ORDER);
        return service.list(new RepostTaskFilter(status, outstanding, accountId, q), request);
    }

    @GetMapping("/attention")
    @Operation(operationId = "getRepostAttention", summary = "转发任务提醒",
            description = "Target accounts of the caller's subtree that have not reposted an open task due within one working day "
                    + "(calendar module) or already overdue, earliest deadline first. Any administrator role.")
    Mono<RepostAttention> attention() {
        return service.attention();
    }

    @GetMapping("/completion")
    @Operation(operationId = "listRepostCompletion", summary = "转发任务完成率（按单位）",
            description = "Per host organization of the caller's subtree: target accounts of open tasks with a deadline in the period, "
                    + "done, pending and overdue, lowest rate first. Default period: this year. Any administrator role.")
    Mono<List<RepostCompletion>> completion(
            @Parameter(example = "2026-01-01") @RequestParam(required = false) @Nullable LocalDate from,
            @Parameter(example = "2026-12-31") @RequestParam(required = false) @Nullable LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return service.completion(from == null ? today.withDayOfYear(1) : from,
                to == null ? today.withDayOfYear(1).plusYears(1).minusDays(1) : to);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getRepostTask", summary = "转发任务详情（各账号完成情况）",
            description = "Each target account of the caller's subtree: DONE with the matching record's time and URL, PENDING or OVERDUE. "
                    + "404 outside the caller's subtree. Any administrator role.")
    Mono<RepostTaskDetail> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Operation(operationId = "cancelRepostTask", summary = "撤销转发任务",
            description = "CITY_ADMIN or SUPERVISOR of the issuing organization's scope (others 403 NOT_ISSUER); an already cancelled "
                    + "task is a 409. Audited.")
    Mono<RepostTaskDetail> cancel(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody CancelRequest request) {
        return service.cancel(id, request.reason());
    }
}
