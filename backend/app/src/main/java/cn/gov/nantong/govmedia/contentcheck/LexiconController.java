package cn.gov.nantong.govmedia.contentcheck;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** CITY_ADMIN maintains the lexicons; each edit bumps the version so every instance recompiles. */
@RestController
@RequestMapping("/api/v1/lexicons/{kind}/terms")
@Tag(name = "lexicons")
class LexiconController {

    private final LexiconService service;

    LexiconController(LexiconService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR')")
    @Operation(operationId = "listLexiconTerms", summary = "词库词条列表", description = "CITY_ADMIN and AUDITOR.")
    Mono<PageResponse<LexiconTerm>> list(@PathVariable LexiconKind kind,
                                        @Parameter(example = "抢购") @RequestParam(required = false) @Size(max = 100) String q,
                                        @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                        @Parameter(example = "50") @RequestParam(required = false) Integer size) {
        return service.list(kind, q, PageRequest.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "addLexiconTerm", summary = "新增词条", description = "Takes effect at once, on every instance within seconds. CITY_ADMIN only. Audited.")
    Mono<LexiconTerm> add(@PathVariable LexiconKind kind, @Valid @RequestBody LexiconTermRequest request) {
        return service.add(kind, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "removeLexiconTerm", summary = "删除词条", description = "CITY_ADMIN only. Audited.")
    Mono<Void> remove(@PathVariable LexiconKind kind, @Parameter(example = "12") @PathVariable long id) {
        return service.remove(kind, id);
    }
}
