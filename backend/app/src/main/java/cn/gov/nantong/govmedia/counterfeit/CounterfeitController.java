package cn.gov.nantong.govmedia.counterfeit;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "counterfeits")
class CounterfeitController {

    private final CounterfeitService service;

    CounterfeitController(CounterfeitService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/counterfeits")
    @Operation(operationId = "listCounterfeitInvestigations", summary = "假冒账号核查与名录",
            description = "Investigations opened by COUNTERFEIT_REPORT submissions or by staff (VERIFYING, CONFIRMED_FAKE, NOT_FAKE), "
                    + "visible to the impersonated organization's subtree and to the competent authority a confirmed fake was "
                    + "reported to (Art 30); takedownOverdue keeps confirmed fakes not yet closed past their deadline. Any "
                    + "administrator role.")
    Mono<PageResponse<CounterfeitResponse>> list(
            @Parameter(example = "CONFIRMED_FAKE") @RequestParam(required = false) InvestigationStatus status,
            @Parameter(example = "STAFF") @RequestParam(required = false) CounterfeitSource source,
            @Parameter(example = "false") @RequestParam(defaultValue = "false") boolean takedownOverdue,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(new CounterfeitFilter(status, source, takedownOverdue), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/counterfeits/{id}")
    @Operation(operationId = "getCounterfeitInvestigation", summary = "假冒账号核查详情",
            description = "Any administrator role; 404 outside the caller's subtree.")
    Mono<CounterfeitResponse> get(@Parameter(example = "3") @PathVariable long id) {
        return service.get(id);
    }

    @GetMapping(value = "/api/v1/counterfeits/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "getCounterfeitInvestigationLetter", summary = "下载致平台关停函（PDF，按核查编号）",
            description = "For a confirmed fake, however the investigation started; any administrator role within scope.",
            responses = @ApiResponse(responseCode = "200", description = "PDF",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<byte[]>> letterOf(@Parameter(example = "3") @PathVariable long id) {
        return service.letterOf(id).map(pdf -> Downloads.attachment(pdf, "counterfeit-letter-" + id + ".pdf", MediaType.APPLICATION_PDF_VALUE));
    }

    @PostMapping("/api/v1/complaints/{id}/counterfeit-verdict")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "decideCounterfeit", summary = "假冒举报核查结论",
            description = "OPERATOR of the impersonated host. CONFIRMED_FAKE produces the letter to the platform (PDF), the report "
                    + "to the competent authority and an entry in the register of known fakes that the public verification "
                    + "consults; NOT_FAKE closes the investigation (Art 30). Audited.")
    Mono<CounterfeitResponse> verdict(@Parameter(example = "7") @PathVariable long id, @Valid @RequestBody VerdictRequest request) {
        return service.verdict(id, request);
    }

    @GetMapping(value = "/api/v1/complaints/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "getCounterfeitLetter", summary = "下载致平台关停函（PDF）",
            description = "For a confirmed fake; any administrator role within scope.",
            responses = @ApiResponse(responseCode = "200", description = "PDF",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<byte[]>> letter(@Parameter(example = "7") @PathVariable long id) {
        return service.letter(id).map(pdf -> Downloads.attachment(pdf, "counterfeit-letter-" + id + ".pdf", MediaType.APPLICATION_PDF_VALUE));
    }
}
