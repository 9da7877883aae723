package cn.gov.nantong.govmedia.complaint;

import cn.gov.nantong.govmedia.audit.AuditTrailEntry;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.photo.PhotoInfo;
import cn.gov.nantong.govmedia.photo.Photos;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "complaints")
class ComplaintController {

    private final ComplaintService service;
    private final Photos photos;

    ComplaintController(ComplaintService service, Photos photos) {
        this.service = service;
        this.photos = photos;
    }

    @GetMapping
    @Operation(operationId = "listComplaints", summary = "公众提交列表（留言、咨询、投诉、建议、纠错、假冒举报）",
            description = "Submissions whose target's host organization, or the department they were forwarded to, lies in the "
                    + "caller's subtree. Filters: kind, status, overdue, organizationId (target or forwarded-to), q (tracking number, "
                    + "title, content). Sort: createdAt, dueOn, status, kind. Any administrator role.")
    Mono<PageResponse<ComplaintResponse>> list(@RequestParam(required = false) ComplaintKind kind,
                                               @RequestParam(required = false) ComplaintStatus status,
                                               @Parameter(description = "Only overdue (true) or only not overdue (false)", example = "true")
                                               @RequestParam(required = false) Boolean overdue,
                                               @Parameter(example = "19") @RequestParam(required = false) Long organizationId,
                                               @Parameter(example = "转学") @RequestParam(required = false) @Size(max = 100) String q,
                                               @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                               @Parameter(example = "20") @RequestParam(required = false) Integer size,
                                               @Parameter(example = "dueOn,asc") @RequestParam(required = false) String sort) {
        return service.list(new ComplaintFilter(kind, status, overdue, organizationId, q),
                PageRequest.of(page, size, sort, ComplaintRepository.SORTABLE, "c.id desc"));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getComplaint", summary = "公众提交详情", description = "Without the submitter's contact. "
            + "Any administrator role; 404 outside the caller's subtree.")
    Mono<ComplaintResponse> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @GetMapping("/{id}/photos")
    @Operation(operationId = "listComplaintPhotos", summary = "公众提交所附照片",
            description = "The photos the submitter attached (at most three, re-encoded without metadata). Any administrator "
                    + "role; 404 outside the caller's subtree.")
    Mono<List<PhotoInfo>> photos(@Parameter(example = "1") @PathVariable long id) {
        return service.row(id).flatMap(row -> photos.of(id));
    }

    @GetMapping("/{id}/photos/{photoId}")
    @Operation(operationId = "getComplaintPhotoFile", summary = "查看照片",
            description = "The photo's bytes (JPEG or PNG). Any administrator role; 404 outside the caller's subtree or for a "
                    + "photo of another submission.")
    @ApiResponse(responseCode = "200", description = "照片 / the photo",
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
    Mono<ResponseEntity<Flux<DataBuffer>>> photo(@Parameter(example = "1") @PathVariable long id,
                                                 @Parameter(example = "7") @PathVariable long photoId) {
        return service.row(id).flatMap(row -> photos.serve(id, photoId));
    }

    @GetMapping("/{id}/timeline")
    @Operation(operationId = "getComplaintTimeline", summary = "办理时间线", description = "Every audited step, oldest first "
            + "(submission, moderation, forwarding, reply, closing, reopening, contact reads). Any administrator role, within scope.")
    Mono<List<AuditTrailEntry>> timeline(@Parameter(example = "1") @PathVariable long id) {
        return service.timeline(id);
    }

    @GetMapping("/{id}/contact")
    @Operation(operationId = "getComplaintContact", summary = "查看提交人联系方式（记录每次查看）",
            description = "Only staff of the handling organization (the target's host, or the department it was forwarded to); "
                    + "others get 403 (404 outside their subtree). Every read is audited.")
    Mono<ComplaintActions.ContactResponse> contact(@Parameter(example = "1") @PathVariable long id) {
        return service.contact(id);
    }

    @PostMapping("/{id}/moderation")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "moderateComplaint", summary = "审核：公开或隐藏（须说明理由）",
            description = "OPERATOR of the target's host organization. Nothing is shown publicly before moderation (Art 24). Audited.")
    Mono<ComplaintResponse> moderate(@Parameter(example = "1") @PathVariable long id,
                                     @Valid @RequestBody ComplaintActions.ModerationRequest request) {
        return service.moderate(id, request);
    }

    @GetMapping("/{id}/forward-targets")
    @Operation(operationId = "listComplaintForwardTargets", summary = "可转送的业务部门",
            description = "The departments and offices of the same government as the target's host (Art 29), for the forward "
                    + "dialog. Any administrator role, within scope (404 outside it).")
    Mono<List<ForwardTargets.Target>> forwardTargets(@Parameter(example = "1") @PathVariable long id) {
        return service.forwardTargets(id);
    }

    @PostMapping("/{id}/forward")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "forwardComplaint", summary = "转送业务部门办理",
            description = "OPERATOR of the target's host. The department's HANDLER users then answer it by the due date, counted in "
                    + "working days. Audited.")
    Mono<ComplaintResponse> forward(@Parameter(example = "1") @PathVariable long id,
                                    @Valid @RequestBody ComplaintActions.ForwardRequest request) {
        return service.forward(id, request);
    }

    @PostMapping("/{id}/reply")
    @PreAuthorize("hasAnyRole('OPERATOR', 'HANDLER')")
    @Operation(operationId = "replyComplaint", summary = "答复（公开，自动隐去个人信息）",
            description = "OPERATOR of the target's host, or HANDLER of the department it was forwarded to. ID, mobile, card and "
                    + "e-mail numbers and the submitter's name are masked in the public text (Art 20, 24). Audited.")
    Mono<ComplaintResponse> reply(@Parameter(example = "1") @PathVariable long id,
                                  @Valid @RequestBody ComplaintActions.ReplyRequest request) {
        return service.reply(id, request);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "closeComplaint", summary = "办结", description = "OPERATOR of the target's host; answered ones only. Audited.")
    Mono<ComplaintResponse> close(@Parameter(example = "1") @PathVariable long id,
                                  @Valid @RequestBody ComplaintActions.StepRequest request) {
        return service.close(id, request);
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "reopenComplaint", summary = "重新办理（须说明理由）",
            description = "OPERATOR of the target's host; answered or closed ones go back to RECEIVED with a new reply deadline. Audited.")
    Mono<ComplaintResponse> reopen(@Parameter(example = "1") @PathVariable long id,
                                   @Valid @RequestBody ComplaintActions.StepRequest request) {
        return service.reopen(id, request);
    }
}
