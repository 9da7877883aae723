package cn.gov.nantong.govmedia.organization.directory;

import cn.gov.nantong.govmedia.common.web.HttpCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public directory of organizations, so that a mobile client can address a submission (Art 24, 29, 30). */
@RestController
@Tag(name = "public")
class PublicOrganizationController {

    private final PublicOrganizationRepository repository;
    private final HttpCaching caching;

    PublicOrganizationController(PublicOrganizationRepository repository, HttpCaching caching) {
        this.repository = repository;
        this.caching = caching;
    }

    @GetMapping(value = "/api/public/v1/directory/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listPublicOrganizations", summary = "公开目录：单位（树）",
            description = "Anonymous. Every government, office, department and zone committee with its parent, parents first, "
                    + "so a client can draw the tree and address a submission by id. Cacheable for 60 s with a strong ETag "
                    + "(If-None-Match → 304). Rate-limited per client address and X-Device-Id (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "单位列表 / the organizations", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Strong validator of this answer",
                    schema = @Schema(type = "string", example = "\"5d41402abc4b2a76b9719d911017c592\"")),
            @Header(name = HttpHeaders.CACHE_CONTROL, schema = @Schema(type = "string", example = "max-age=60, public"))})
    @ApiResponse(responseCode = "304", description = "未变化 / not modified (If-None-Match matched)", content = @Content)
    Mono<ResponseEntity<List<PublicOrganization>>> list(
            @Parameter(description = "ETag of an earlier answer: unchanged content answers 304",
                    example = "\"5d41402abc4b2a76b9719d911017c592\"")
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return repository.addressable().collectList()
                .map(body -> caching.answer(body, MediaType.APPLICATION_JSON, ifNoneMatch));
    }
}
