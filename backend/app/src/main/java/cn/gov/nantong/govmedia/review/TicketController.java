package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/review-tickets")
@Tag(name = "review-tickets")
class TicketController {

    private final TicketService service;
    private final ConfidentialityReview confidentiality;
    private final CurrentUsers users;
    private final Clock clock;

    TicketController(TicketService service, ConfidentialityReview confidentiality, CurrentUsers users, Clock clock) {
        this.service = service;
        this.confidentiality = confidentiality;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "listReviewTickets", summary = "审核单列表", description = "Tickets of the caller's subtree, newest first. Any administrator role.")
    Mono<PageResponse<TicketResponse>> list(@RequestParam(required = false) TicketStatus status,
                                            @Parameter(example = "1") @RequestParam(required = false) Long accountId,
                                            @RequestParam(required = false) Classification classification,
                                            @Parameter(description = "Unfinished tickets past their planned publishing time", example = "false")
                                            @RequestParam(defaultValue = "false") boolean overdue,
                                            @Parameter(description = "Only tickets whose current step the caller may decide (我的待审)", example = "false")
                                            @RequestParam(defaultValue = "false") boolean awaitingMe,
                                            @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return users.current().flatMap(user -> service.list(new TicketFilter(status, accountId, classification, overdue,
                OffsetDateTime.now(clock), TicketFilter.awaiting(awaitingMe, user)), request));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getReviewTicket", summary = "审核单详情（含审核时间线）", description = "404 outside the caller's subtree.")
    Mono<TicketResponse> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @GetMapping("/{id}/versions")
    @Operation(operationId = "listReviewTicketVersions", summary = "审核单内容版本（供比对修改）",
            description = "Every saved content version, oldest first, so reviewers can see what changed. Any administrator role, within scope.")
    Mono<java.util.List<TicketVersion>> versions(@Parameter(example = "1") @PathVariable long id) {
        return service.versions(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "createReviewTicket", summary = "撰写审核单（草稿）",
            description = "OPERATOR of the account's host. Sensitive topics raise the classification to MAJOR (Art 17). Audited.")
    Mono<TicketResponse> create(@Valid @RequestBody TicketRequest request) {
        return service.create(request);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "updateReviewTicket", summary = "修改草稿或退回稿", description = "The author only; each content change keeps a version. Audited.")
    Mono<TicketResponse> update(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody TicketUpdateRequest request) {
        return service.update(id, request);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "submitReviewTicket", summary = "提交审核",
            description = "Runs the automatic checks: blockers refuse (422), warnings need acknowledgeWarnings=true. The author only. Audited.")
    Mono<TicketResponse> submit(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody SubmitRequest request) {
        return service.submit(id, request);
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize("hasAnyRole('REVIEWER', 'DEPUTY_LEADER', 'PRINCIPAL_LEADER')")
    @Operation(operationId = "decideReviewTicket", summary = "审核决定（通过、退回、不予发布）",
            description = "Only the current step's role, never the author or an earlier signer; a stale version is a 409. Audited.")
    Mono<TicketResponse> decide(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody TicketActionRequest request) {
        return service.decide(id, request);
    }

    @PutMapping("/{id}/confidentiality-attestation")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(operationId = "attestReviewTicketConfidentiality", summary = "保密审查",
            description = "A REVIEWER of the host or its competent authority (not the author) records the confidentiality review of "
                    + "an IN_REVIEW ticket whose content carries a secrecy mark; no step approves such a ticket before (422 "
                    + "CONFIDENTIALITY_REVIEW_MISSING, Art 28). A stale version is a 409. Audited.")
    Mono<TicketResponse> attest(@Parameter(example = "1") @PathVariable long id,
                                @Valid @RequestBody ConfidentialityAttestationRequest request) {
        return confidentiality.attest(id, request);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "publishReviewTicket", summary = "登记发布", description = "Approved tickets only; records the publication. Audited.")
    Mono<TicketResponse> publish(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody PublishRequest request) {
        return service.publish(id, request);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "withdrawReviewTicket", summary = "撤回", description = "The author only, before approval. Audited.")
    Mono<TicketResponse> withdraw(@Parameter(example = "1") @PathVariable long id,
                                  @Parameter(example = "2") @RequestParam @PositiveOrZero long version) {
        return service.withdraw(id, version);
    }
}
