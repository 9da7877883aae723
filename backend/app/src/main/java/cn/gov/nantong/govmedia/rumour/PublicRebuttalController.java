package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.common.web.HttpCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public rumour-rebuttal feed (Art 23): anonymous, cacheable, rate-limited per client by PublicRateLimitFilter. */
@RestController
@Tag(name = "public-interaction")
class PublicRebuttalController {

    static final String LD_JSON = "application/ld+json";
    private static final MediaType LD = MediaType.parseMediaType(LD_JSON);
    private static final String CLAIM_REVIEW_EXAMPLE = """
            {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://mp.weixin.qq.com/s/abc123",
             "name": "关于“崇川区中小学延期至12月开学”的辟谣", "claimReviewed": "网传“崇川区中小学因流感停课，延期至12月10日开学”。",
             "reviewBody": "经核实，崇川区中小学教学秩序正常，未作出停课或延期开学的决定。",
             "itemReviewed": {"@type": "Claim", "appearance": [{"@type": "CreativeWork", "url": "https://weibo.com/1234567890/Abc123"}],
                              "firstAppearance": {"@type": "CreativeWork", "url": "https://weibo.com/1234567890/Abc123"}},
             "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "谣言"},
             "author": {"@type": "GovernmentOrganization", "name": "南通市崇川区教育体育局"},
             "datePublished": "2026-11-28T09:00:00+08:00", "inLanguage": "zh-CN"}""";

    private final PublicRebuttals feed;
    private final HttpCaching caching;

    PublicRebuttalController(PublicRebuttals feed, HttpCaching caching) {
        this.feed = feed;
        this.caching = caching;
    }

    @GetMapping(value = "/api/public/v1/rumour-rebuttals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listPublicRumourRebuttals", summary = "辟谣栏目（检索、分页）",
            description = "Anonymous. Published rebuttals only (their review ticket was published, Art 17, 23), newest first; "
                    + "search in Chinese over title, rumour and truth. Cacheable for 60 s; send the ETag back as If-None-Match "
                    + "to get 304. Rate-limited per client address and X-Device-Id (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "一页辟谣 / one page of rebuttals", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Strong validator of this page",
                    schema = @Schema(type = "string", example = "\"5d41402abc4b2a76b9719d911017c592\"")),
            @Header(name = HttpHeaders.CACHE_CONTROL, schema = @Schema(type = "string", example = "max-age=60, public"))})
    @ApiResponse(responseCode = "304", description = "未变化 / not modified (If-None-Match matched)", content = @Content)
    Mono<ResponseEntity<PageResponse<PublicRebuttal>>> list(
            @Parameter(description = "标题、谣言或真相包含的文字", example = "延期开学") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "Only this issuing organization's subtree", example = "19") @RequestParam(required = false)
            Long organizationId,
            @Parameter(description = "Published on or after this date (Asia/Shanghai)", example = "2026-11-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Published on or before this date (Asia/Shanghai)", example = "2026-11-30")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "ETag of an earlier answer: unchanged content answers 304",
                    example = "\"5d41402abc4b2a76b9719d911017c592\"")
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        PageRequest request = PageRequest.of(page, size);
        return feed.page(new RebuttalFilter(null, organizationId, q, from, to), request)
                .map(body -> caching.answer(body, MediaType.APPLICATION_JSON, ifNoneMatch));
    }

    @GetMapping(value = "/api/public/v1/rumour-rebuttals/feed", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "scrollPublicRumourRebuttals", summary = "辟谣信息流（游标翻页）",
            description = "Anonymous. The same rebuttals and filters as the paged list, newest first, for endless scrolling: "
                    + "pass the answer's nextCursor as `after` for the next slice (absent on the last). A deep slice costs what "
                    + "the first one does and nothing is counted. Cacheable for 60 s with an ETag (If-None-Match → 304). "
                    + "Rate-limited per client address and X-Device-Id (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "一段辟谣 / one slice of rebuttals", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Strong validator of this slice",
                    schema = @Schema(type = "string", example = "\"5d41402abc4b2a76b9719d911017c592\"")),
            @Header(name = HttpHeaders.CACHE_CONTROL, schema = @Schema(type = "string", example = "max-age=60, public"))})
    @ApiResponse(responseCode = "304", description = "未变化 / not modified (If-None-Match matched)", content = @Content)
    Mono<ResponseEntity<PublicRebuttalFeed>> scroll(
            @Parameter(description = "nextCursor of the previous slice; absent for the newest", example = "cHViOjE3NjQyOTE2MDAwMDAwMDA6NDI")
            @RequestParam(required = false) @Size(max = 100) String after,
            @Parameter(description = "标题、谣言或真相包含的文字", example = "延期开学") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "Only this issuing organization's subtree", example = "19") @RequestParam(required = false)
            Long organizationId,
            @Parameter(example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "ETag of an earlier answer: unchanged content answers 304",
                    example = "\"5d41402abc4b2a76b9719d911017c592\"")
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        FeedCursor cursor = FeedCursor.decode(after);
        int slice = PageRequest.of(1, size).size();
        return feed.after(new RebuttalFilter(null, organizationId, q, null, null), cursor == null ? FeedCursor.START : cursor, slice)
                .map(body -> caching.answer(body, MediaType.APPLICATION_JSON, ifNoneMatch));
    }

    @GetMapping(value = "/api/public/v1/rumour-rebuttals/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, LD_JSON})
    @Operation(operationId = "getPublicRumourRebuttal", summary = "辟谣详情（JSON 或 schema.org ClaimReview JSON-LD）",
            description = "Anonymous. With `Accept: application/ld+json` the rebuttal is a schema.org ClaimReview. Unpublished or "
                    + "unknown ids are 404. Cacheable for 60 s with a strong ETag (If-None-Match → 304). Rate-limited per client "
                    + "address and X-Device-Id (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "辟谣 / the rebuttal", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Strong validator of this representation",
                    schema = @Schema(type = "string", example = "\"5d41402abc4b2a76b9719d911017c592\"")),
            @Header(name = HttpHeaders.CACHE_CONTROL, schema = @Schema(type = "string", example = "max-age=60, public")),
            @Header(name = HttpHeaders.VARY, schema = @Schema(type = "string", example = "Accept"))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PublicRebuttal.class)),
                    @Content(mediaType = LD_JSON, schema = @Schema(implementation = ClaimReview.class),
                            examples = @ExampleObject(name = "claimReview", value = CLAIM_REVIEW_EXAMPLE))})
    @ApiResponse(responseCode = "304", description = "未变化 / not modified (If-None-Match matched)", content = @Content)
    Mono<ResponseEntity<Object>> get(
            @Parameter(example = "1") @PathVariable long id,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @Parameter(description = "ETag of an earlier answer: unchanged content answers 304",
                    example = "\"5d41402abc4b2a76b9719d911017c592\"")
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return feed.find(id)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("辟谣信息", "Rumour rebuttal")))
                .map(rebuttal -> wantsJsonLd(accept)
                        ? caching.answerSerialized(ClaimReview.of(rebuttal), LD, ifNoneMatch)
                        : caching.answerSerialized(rebuttal, MediaType.APPLICATION_JSON, ifNoneMatch));
    }

    /** JSON-LD when the client prefers it to plain JSON (by quality, then by order). */
    static boolean wantsJsonLd(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (IllegalArgumentException e) {
            return false;
        }
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparingInt(t -> t.isWildcardType() || t.isWildcardSubtype() ? 1 : 0));
        return types.stream().filter(t -> t.isCompatibleWith(LD) || t.isCompatibleWith(MediaType.APPLICATION_JSON)).findFirst()
                .map(t -> t.getQualityValue() > 0 && LD.equalsTypeAndSubtype(t)).orElse(false);
    }
}
