package cn.gov.nantong.govmedia.publication;

import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Publication records (Art 19), entered one by one or imported from a CSV file. */
@RestController
@Tag(name = "publications")
class PublicationController {

    private final PublicationService service;

    PublicationController(PublicationService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/publications")
    @Operation(operationId = "listPublications", summary = "发布记录", description = "Newest first, within the caller's subtree. Any administrator role.")
    Mono<PageResponse<PublicationResponse>> list(@Parameter(example = "1") @RequestParam(required = false) Long accountId,
                                                 @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                                 @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(accountId, PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/publications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Operation(operationId = "recordPublication", summary = "登记一条系统外发布的内容", description = "OPERATOR or CITY_ADMIN, for accounts in scope. Audited.")
    Mono<PublicationResponse> record(@Valid @RequestBody PublicationRequest request) {
        return service.record(request);
    }

    @PostMapping(value = "/api/v1/publications/import", consumes = {"text/csv", Workbooks.CONTENT_TYPE})
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Operation(operationId = "importPublications", summary = "批量导入发布记录（CSV 或 Excel）",
            description = "Columns: 账号ID,发布时间,类型,标题,链接,来源 — a UTF-8 CSV file (text/csv) or the first sheet of an .xlsx "
                    + "workbook. Either every row is stored, or the answer is 422 listing every bad row and nothing is stored; a "
                    + "workbook that cannot be read is a 422 too. Rows already recorded are skipped. OPERATOR or CITY_ADMIN. Audited.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            example = "账号ID,发布时间,类型,标题,链接,来源\n1,2026-11-20 09:30,原创,运动会开幕,https://mp.weixin.qq.com/s/a1,\n")),
                    @Content(mediaType = Workbooks.CONTENT_TYPE, schema = @Schema(type = "string", format = "binary"))}))
    Mono<ImportReport> importFile(@Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, @RequestBody byte[] file) {
        if (MediaType.parseMediaType(Workbooks.CONTENT_TYPE).isCompatibleWith(type)) {
            return Mono.fromCallable(() -> Spreadsheet.rows(file, PublicationImport.MAX_ROWS + 1)).flatMap(service::importRows);
        }
        return service.importRows(Csv.parse(new String(file, type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset())));
    }
}
