package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.cluster.ClusterNotifications;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import io.r2dbc.spi.Readable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
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

    private final DatabaseClient db;
    private final Lexicons lexicons;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ClusterNotifications notifications;

    LexiconController(DatabaseClient db, Lexicons lexicons, CurrentUsers users, AuditLog audit, ClusterNotifications notifications) {
        this.db = db;
        this.lexicons = lexicons;
        this.users = users;
        this.audit = audit;
        this.notifications = notifications;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR')")
    @Operation(operationId = "listLexiconTerms", summary = "词库词条列表", description = "CITY_ADMIN and AUDITOR.")
    Mono<PageResponse<LexiconTerm>> list(@PathVariable LexiconKind kind,
                                        @Parameter(example = "抢购") @RequestParam(required = false) @Size(max = 100) String q,
                                        @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                        @Parameter(example = "50") @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size, null, Map.of(), "term");
        String like = q == null || q.isBlank() ? "%" : "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Mono.zip(db.sql("select * from lexicon_terms where kind = :kind and term like :q order by term limit :limit offset :offset")
                        .bind("kind", kind.name()).bind("q", like).bind("limit", request.size()).bind("offset", request.offset())
                        .map(LexiconController::term).all().collectList(),
                db.sql("select count(*) as total from lexicon_terms where kind = :kind and term like :q")
                        .bind("kind", kind.name()).bind("q", like).map(row -> row.get("total", Long.class)).one(),
                (items, total) -> PageResponse.of(items, request, total));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional
    @Operation(operationId = "addLexiconTerm", summary = "新增词条", description = "Takes effect at once, on every instance within seconds. CITY_ADMIN only. Audited.")
    public Mono<LexiconTerm> add(@PathVariable LexiconKind kind, @Valid @RequestBody LexiconTermRequest request) {
        return users.current().map(CurrentUser::username).flatMap(actor -> db.sql("""
                                insert into lexicon_terms (kind, term, suggestion, created_by) values (:kind, :term, :suggestion, :actor)
                                on conflict (kind, term) do nothing returning *""")
                        .bind("kind", kind.name()).bind("term", request.term().trim()).bind("actor", actor)
                        .bind("suggestion", org.springframework.r2dbc.core.Parameter.fromOrEmpty(request.suggestion(), String.class))
                        .map(LexiconController::term).one())
                .switchIfEmpty(Mono.error(ApiProblemException.conflict("TERM_EXISTS", "词库中已有该词", "the term is already in the lexicon")))
                .flatMap(term -> bump().then(audit.record("ADD", "lexicon_term", term.id(), null, term)).thenReturn(term))
                .flatMap(term -> lexicons.reload().thenReturn(term));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional
    @Operation(operationId = "removeLexiconTerm", summary = "删除词条", description = "CITY_ADMIN only. Audited.")
    public Mono<Void> remove(@PathVariable LexiconKind kind, @Parameter(example = "12") @PathVariable long id) {
        return db.sql("delete from lexicon_terms where id = :id and kind = :kind returning *").bind("id", id).bind("kind", kind.name())
                .map(LexiconController::term).one()
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("词条", "Term")))
                .flatMap(term -> bump().then(audit.record("REMOVE", "lexicon_term", id, term, null)))
                .then(lexicons.reload()).then();
    }

    private Mono<Void> bump() {
        return db.sql("update lexicon_state set version = version + 1 where id = 1").then()
                .then(notifications.publish(Lexicons.TOPIC));
    }

    private static LexiconTerm term(Readable row) {
        return new LexiconTerm(row.get("id", Long.class), LexiconKind.valueOf(row.get("kind", String.class)),
                row.get("term", String.class), row.get("suggestion", String.class), row.get("created_at", OffsetDateTime.class),
                row.get("created_by", String.class));
    }
}
