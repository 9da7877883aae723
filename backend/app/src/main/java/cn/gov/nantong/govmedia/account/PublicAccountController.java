package cn.gov.nantong.govmedia.account;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.common.web.HttpCaching;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Anyone may check whether an account is official (Art 30); rate-limited per client. */
@RestController
@Tag(name = "public")
class PublicAccountController {

    private final AccountRepository repository;
    private final CounterfeitRegister counterfeits;
    private final OrganizationDirectory organizations;
    private final HttpCaching caching;

    PublicAccountController(AccountRepository repository, CounterfeitRegister counterfeits, OrganizationDirectory organizations,
                            HttpCaching caching) {
        this.repository = repository;
        this.counterfeits = counterfeits;
        this.organizations = organizations;
        this.caching = caching;
    }

    @GetMapping(value = "/api/public/v1/directory/organizations/{organizationId}/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listPublicAccountsOfOrganization", summary = "公开目录：单位开设的官方账号",
            description = "Anonymous. The live accounts (ACTIVE, or CLOSING while the closure is announced) the organization hosts, "
                    + "with the ids a submission is addressed to. An unknown organization is 404. Cacheable for 60 s with a strong "
                    + "ETag (If-None-Match → 304). Rate-limited per client address and X-Device-Id (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "账号列表 / the accounts", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Strong validator of this answer",
                    schema = @Schema(type = "string", example = "\"5d41402abc4b2a76b9719d911017c592\"")),
            @Header(name = HttpHeaders.CACHE_CONTROL, schema = @Schema(type = "string", example = "max-age=60, public"))})
    @ApiResponse(responseCode = "304", description = "未变化 / not modified (If-None-Match matched)", content = @Content)
    Mono<ResponseEntity<List<PublicAccount>>> ofOrganization(
            @Parameter(example = "19") @PathVariable long organizationId,
            @Parameter(description = "ETag of an earlier answer: unchanged content answers 304",
                    example = "\"5d41402abc4b2a76b9719d911017c592\"")
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return organizations.byId(organizationId)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("单位", "Organization")))
                .flatMap(found -> repository.officialOf(organizationId).collectList())
                .map(body -> caching.answer(body, MediaType.APPLICATION_JSON, ifNoneMatch));
    }

    @GetMapping("/api/public/v1/accounts/verify")
    @Operation(operationId = "verifyAccount", summary = "核验是否为官方政务新媒体账号",
            description = "Anonymous. Give `name` or `platformId` (and optionally `platform`). Answers exact matches among "
                    + "registered accounts and look-alike names, so a counterfeit can be told from the official one; "
                    + "`knownCounterfeit` says the name is a confirmed fake (Art 30). "
                    + "Rate-limited per client address and X-Device-Id (429 with Retry-After).")
    Mono<ResponseEntity<AccountVerification>> verify(
            @RequestParam(required = false) Platform platform,
            @Parameter(example = "崇川教育") @RequestParam(required = false) @Size(min = 1, max = 100) String name,
            @Parameter(description = "原始ID / UID", example = "gh_3a1b2c3d4e5f") @RequestParam(required = false) @Size(min = 1, max = 100)
            String platformId) {
        if ((name == null || name.isBlank()) && (platformId == null || platformId.isBlank())) {
            return Mono.error(ApiProblemException.invalidField("name", "NotBlank", "请填写账号名称或平台账号 ID",
                    "give the account's name or its platform id"));
        }
        String trimmedName = name == null || name.isBlank() ? null : name.trim();
        String trimmedId = platformId == null || platformId.isBlank() ? null : platformId.trim();
        return Mono.zip(repository.verifyExact(platform, trimmedName, trimmedId).collectList(),
                        trimmedName == null ? Mono.just(java.util.List.<AccountVerification.Match>of())
                                : repository.verifySimilar(platform, trimmedName).collectList(),
                        trimmedName == null ? Mono.just(false) : counterfeits.isKnown(platform, trimmedName))
                .map(found -> {
                    boolean official = found.getT1().stream().anyMatch(m -> m.status() == AccountStatus.ACTIVE
                            || m.status() == AccountStatus.CLOSING);
                    boolean fake = found.getT3();
                    String message = official
                            ? "“" + found.getT1().get(0).name() + "”是" + found.getT1().get(0).hostOrganizationName() + "开设的政务新媒体账号"
                            : fake ? "“" + trimmedName + "”是已确认的假冒政务新媒体账号，请勿关注或提供个人信息"
                            : found.getT1().isEmpty() ? "未找到已登记的政务新媒体账号，请谨慎辨别；如发现假冒账号可向我们举报"
                            : "该账号已关停或注销，不再是在用的政务新媒体账号";
                    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                            .body(new AccountVerification(official, message, fake, found.getT1(), found.getT2()));
                });
    }
}
