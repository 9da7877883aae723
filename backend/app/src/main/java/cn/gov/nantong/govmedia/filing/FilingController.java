package cn.gov.nantong.govmedia.filing;

import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

@RestController
@RequestMapping("/api/v1/filings")
@Tag(name = "filings")
class FilingController {

    private final FilingService service;
    private final FilingDecisionService decisions;
    private final FilingDocuments documents;

    FilingController(FilingService service, FilingDecisionService decisions, FilingDocuments documents) {
        this.decisions = decisions;
        this.service = service;
        this.documents = documents;
    }

    @GetMapping
    @Operation(operationId = "listFilings", summary = "备案列表（含逾期、即将到期筛选）",
            description = "Filings of accounts hosted in the caller's subtree. Any administrator role.")
    Mono<PageResponse<FilingResponse>> list(
            @RequestParam(required = false) FilingType type,
            @RequestParam(required = false) FilingStatus status,
            @Parameter(example = "1") @RequestParam(required = false) Long accountId,
            @Parameter(description = "Filings not yet in the provincial system that are OVERDUE (undecided past the deadline), DELIVERY_OVERDUE (approved, "
                    + "undelivered past it), DUE_SOON (1 working day or less left) or ON_TIME", example = "DUE_SOON")
            @RequestParam(required = false) DeadlineState deadline,
            @Parameter(description = "Only filings the caller's organization is the competent authority of (the approval queue)",
                    example = "true") @RequestParam(required = false) Boolean decidableByMe,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "field,asc|desc; fields: provincialDeadline, submittedAt, type, status",
                    example = "provincialDeadline,asc") @RequestParam(required = false) String sort) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, FilingRepository.SORTABLE, FilingRepository.DEFAULT_ORDER);
        return service.list(new FilingFilter(type, status, accountId, deadline, Boolean.TRUE.equals(decidableByMe)), pageRequest);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getFiling", summary = "备案详情", description = "404 outside the caller's subtree.")
    Mono<FilingResponse> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @GetMapping(value = "/{id}/registration-form", produces = {MediaType.APPLICATION_PDF_VALUE, Workbooks.CONTENT_TYPE})
    @Operation(operationId = "getFilingRegistrationForm", summary = "下载《政务新媒体备案登记表》（PDF 或 Excel）",
            description = "The filing's registration form (Art 15.3) as PDF (default) or XLSX: account, host, competent authority, "
                    + "operator, responsible person, functions, licence, basis and announcement of a closure, deadlines and the "
                    + "decision. Any administrator role; 404 outside the caller's subtree.",
            responses = @ApiResponse(responseCode = "200", description = "PDF or Excel", content = {
                    @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = Workbooks.CONTENT_TYPE, schema = @Schema(type = "string", format = "binary"))}))
    Mono<ResponseEntity<byte[]>> registrationForm(@Parameter(example = "1") @PathVariable long id,
                                                  @Parameter(example = "PDF") @RequestParam(defaultValue = "PDF")
                                                  FilingDocuments.Format format) {
        boolean pdf = format == FilingDocuments.Format.PDF;
        return documents.registrationForm(id, format).map(bytes -> Downloads.attachment(bytes,
                RegistrationForm.TITLE + "-" + id + (pdf ? ".pdf" : ".xlsx"), pdf ? MediaType.APPLICATION_PDF_VALUE : Workbooks.CONTENT_TYPE));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "submitFiling", summary = "提交备案（开设、变更、关停、注销）",
            description = "OPERATOR of the host organization. OPEN registers the account as PENDING_FILING. The filing goes to "
                    + "the host's competent authority with a provincial deadline of 3 working days; a legacy account (Art 35) also gets the host's deadline, 20 working days from 2019-10-10 or from the day it was found. Audited.")
    Mono<FilingResponse> submit(@Valid @RequestBody FilingRequest request) {
        return service.submit(request);
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(operationId = "decideFiling", summary = "主管单位审核备案（通过或退回）",
            description = "SUPERVISOR of the filing's competent authority. Approval activates the account (OPEN) or starts "
                    + "its announcement period (CLOSE, CANCEL); a return needs a reason. Audited.")
    Mono<FilingResponse> decide(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody FilingDecisionRequest request) {
        return decisions.decide(id, request);
    }
}
