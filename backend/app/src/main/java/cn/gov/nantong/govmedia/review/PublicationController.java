package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import io.r2dbc.spi.Readable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Publication records (Art 19), entered one by one or imported from a CSV file. */
@RestController
@Tag(name = "publications")
class PublicationController {

    private static final String SELECT = """
            select p.*, a.name as account_name from publications p
              join accounts a on a.id = p.account_id
              join organizations o on o.id = p.host_organization_id
            """;
    private static final String WHERE = " where " + OrganizationScope.condition("o.path")
            + " and (cast(:accountId as bigint) is null or p.account_id = :accountId)";

    private final DatabaseClient db;
    private final OrganizationScopes scopes;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final GovMediaProperties properties;
    private final Clock clock;

    PublicationController(DatabaseClient db, OrganizationScopes scopes, CurrentUsers users, AuditLog audit,
                          GovMediaProperties properties, Clock clock) {
        this.db = db;
        this.scopes = scopes;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/api/v1/publications")
    @Operation(operationId = "listPublications", summary = "发布记录", description = "Newest first, within the caller's subtree. Any administrator role.")
    Mono<PageResponse<PublicationResponse>> list(@Parameter(example = "1") @RequestParam(required = false) Long accountId,
                                                 @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                                 @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size, null, Map.of(), "p.published_at desc");
        return scopes.current().flatMap(scope -> Mono.zip(
                db.sql(SELECT + WHERE + " order by p.published_at desc, p.id desc limit :limit offset :offset")
                        .bind(OrganizationScope.BIND_NAME, scope.path())
                        .bind("accountId", org.springframework.r2dbc.core.Parameter.fromOrEmpty(accountId, Long.class))
                        .bind("limit", request.size()).bind("offset", request.offset())
                        .map(PublicationController::map).all().collectList(),
                db.sql("select count(*) as total from publications p join organizations o on o.id = p.host_organization_id" + WHERE)
                        .bind(OrganizationScope.BIND_NAME, scope.path())
                        .bind("accountId", org.springframework.r2dbc.core.Parameter.fromOrEmpty(accountId, Long.class))
                        .map(row -> row.get("total", Long.class)).one(),
                (items, total) -> PageResponse.of(items, request, total)));
    }

    @PostMapping("/api/v1/publications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Transactional
    @Operation(operationId = "recordPublication", summary = "登记一条系统外发布的内容", description = "OPERATOR or CITY_ADMIN, for accounts in scope. Audited.")
    public Mono<PublicationResponse> record(@Valid @RequestBody PublicationRequest request) {
        if (request.origin() == ContentCheckRequest.Origin.REPOST && (request.sourceName() == null || request.sourceName().isBlank())) {
            return Mono.error(ApiProblemException.invalidField("sourceName", "NotBlank", "转载须注明来源（《办法》第二十一条）",
                    "a repost must name its source (Art 21)"));
        }
        return visibleAccounts().flatMap(ids -> ids.contains(request.accountId()) ? users.current()
                        : Mono.error(ApiProblemException.invalidField("accountId", "Exists", "账号不存在或不在您的管辖范围内",
                        "no such account in your scope")))
                .flatMap(user -> insert(request.accountId(), request.publishedAt(), request.origin().name(), request.title().trim(),
                        request.url().trim(), request.sourceName(), user))
                .switchIfEmpty(Mono.error(ApiProblemException.conflict("PUBLICATION_EXISTS", "该账号的这条链接已登记",
                        "this link is already recorded for the account")))
                .flatMap(id -> byId(id).flatMap(created -> audit.record("RECORD", "publication", id, null, created).thenReturn(created)));
    }

    @PostMapping(value = "/api/v1/publications/import", consumes = {"text/csv", Spreadsheet.XLSX})
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Transactional
    @Operation(operationId = "importPublications", summary = "批量导入发布记录（CSV 或 Excel）",
            description = "Columns: 账号ID,发布时间,类型,标题,链接,来源 — a UTF-8 CSV file (text/csv) or the first sheet of an .xlsx "
                    + "workbook. Either every row is stored, or the answer is 422 listing every bad row and nothing is stored; a "
                    + "workbook that cannot be read is a 422 too. Rows already recorded are skipped. OPERATOR or CITY_ADMIN. Audited.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            example = "账号ID,发布时间,类型,标题,链接,来源\n1,2026-11-20 09:30,原创,运动会开幕,https://mp.weixin.qq.com/s/a1,\n")),
                    @Content(mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary"))}))
    public Mono<ImportReport> importFile(@Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, @RequestBody byte[] file) {
        if (MediaType.parseMediaType(Spreadsheet.XLSX).isCompatibleWith(type)) {
            return Mono.fromCallable(() -> Spreadsheet.rows(file, PublicationImport.MAX_ROWS + 1)).flatMap(this::importRows);
        }
        return importRows(Csv.parse(new String(file, type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset())));
    }

    private Mono<ImportReport> importRows(java.util.List<java.util.List<String>> lines) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Mono.zip(visibleAccounts(), users.current()).flatMap(context -> {
            PublicationImport.Parsed parsed = PublicationImport.parse(lines, properties.timeZone(), context.getT1(), now);
            if (!parsed.errors().isEmpty()) {
                return Mono.<ImportReport>error(ApiProblemException.invalidRows("有 " + parsed.errors().size() + " 处错误，未导入任何记录，请修改后重新导入",
                        parsed.errors().size() + " error(s); nothing was imported", parsed.errors()));
            }
            Flux<Boolean> inserted = Flux.fromIterable(parsed.rows())
                    .concatMap(row -> insert(row.accountId(), row.publishedAt(), row.origin(), row.title(), row.url(),
                            row.sourceName(), context.getT2()).hasElement());
            return inserted.filter(Boolean::booleanValue)
                    .count()
                    .flatMap(insertedCount -> {
                        int imported = insertedCount.intValue();
                        ImportReport report = new ImportReport(parsed.rows().size(), imported, parsed.rows().size() - imported,
                                java.util.List.of());
                        return audit.record("IMPORT", "publication", "import", null, report).thenReturn(report);
                    });
        });
    }

    private Mono<Long> insert(long accountId, OffsetDateTime publishedAt, String origin, String title, String url, String source,
                              CurrentUser user) {
        return db.sql("""
                        insert into publications (account_id, host_organization_id, published_at, origin, title, url, source_name,
                                                  imported, recorded_by)
                        select a.id, a.host_organization_id, :publishedAt, :origin, :title, :url, :source, true, :by
                          from accounts a where a.id = :accountId
                        on conflict (account_id, url) do nothing
                        returning id""")
                .bind("accountId", accountId).bind("publishedAt", publishedAt).bind("origin", origin).bind("title", title)
                .bind("url", url).bind("source", org.springframework.r2dbc.core.Parameter.fromOrEmpty(source, String.class))
                .bind("by", user.username())
                .map(row -> row.get("id", Long.class)).one();
    }

    private Mono<Set<Long>> visibleAccounts() {
        return scopes.current().flatMap(scope -> db.sql("select a.id from accounts a join organizations o on o.id = a.host_organization_id"
                        + " where " + OrganizationScope.condition("o.path"))
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> row.get("id", Long.class)).all().collect(HashSet::new, Set::add));
    }

    private Mono<PublicationResponse> byId(long id) {
        return db.sql(SELECT + " where p.id = :id").bind("id", id).map(PublicationController::map).one();
    }

    private static PublicationResponse map(Readable row) {
        return new PublicationResponse(row.get("id", Long.class), row.get("account_id", Long.class), row.get("account_name", String.class),
                row.get("published_at", OffsetDateTime.class), row.get("origin", String.class), row.get("title", String.class),
                row.get("url", String.class), row.get("source_name", String.class), row.get("imported", Boolean.class),
                row.get("recorded_by", String.class));
    }
}
