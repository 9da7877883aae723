package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The spot-check checklist (Art 32): seeded with the national veto categories and the local scored items. */
@RestController
@RequestMapping("/api/v1/checklist-items")
@Tag(name = "spot-checks")
class ChecklistController {

    private final DatabaseClient db;
    private final AuditLog audit;

    ChecklistController(DatabaseClient db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR')")
    @Operation(operationId = "listChecklistItems", summary = "抽查检查项", description = "All items, active or not, in order. CITY_ADMIN, AUDITOR.")
    Mono<List<ChecklistItem>> list() {
        return db.sql("select * from checklist_items order by sort_order, id").map(ChecklistItem::map).all().collectList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional
    @Operation(operationId = "createChecklistItem", summary = "新增检查项", description = "CITY_ADMIN only; a used code is a 409. Audited.")
    Mono<ChecklistItem> create(@Valid @RequestBody ChecklistItemRequest request) {
        return bind(db.sql("""
                        insert into checklist_items (code, name, kind, points, article, active, sort_order)
                        values (:code, :name, :kind, :points, :article, :active, :sortOrder) returning *"""), request)
                .map(ChecklistItem::map).one()
                .onErrorMap(DataIntegrityViolationException.class, e -> ApiProblemException.conflict("CHECKLIST_CODE_TAKEN",
                        "检查项代码已存在", "the checklist code is already used"))
                .flatMap(item -> audit.record("CREATE", "checklist_item", item.id(), null, item).thenReturn(item));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional
    @Operation(operationId = "updateChecklistItem", summary = "修改检查项",
            description = "CITY_ADMIN only; a stale version is a 409. Deactivate rather than delete: findings keep their item. Audited.")
    Mono<ChecklistItem> update(@Parameter(example = "5") @PathVariable long id, @Valid @RequestBody ChecklistItemRequest request) {
        Mono<ChecklistItem> before = db.sql("select * from checklist_items where id = :id").bind("id", id).map(ChecklistItem::map).one()
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("检查项", "Checklist item")));
        return before.flatMap(old -> bind(db.sql("""
                                update checklist_items set code = :code, name = :name, kind = :kind, points = :points, article = :article,
                                       active = :active, sort_order = :sortOrder, version = version + 1
                                 where id = :id and version = coalesce(cast(:version as bigint), version) returning *"""), request)
                        .bind("id", id).bind("version", org.springframework.r2dbc.core.Parameter.fromOrEmpty(request.version(), Long.class))
                        .map(ChecklistItem::map).one()
                        .switchIfEmpty(Mono.error(ApiProblemException.conflict("STALE_VERSION", "检查项已被他人修改，请刷新后重试",
                                "the item was changed by someone else; reload and retry")))
                        .onErrorMap(DataIntegrityViolationException.class, e -> ApiProblemException.conflict("CHECKLIST_CODE_TAKEN",
                                "检查项代码已存在", "the checklist code is already used"))
                        .flatMap(after -> audit.record("UPDATE", "checklist_item", id, old, after).thenReturn(after)));
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, ChecklistItemRequest r) {
        return spec.bind("code", r.code()).bind("name", r.name().trim()).bind("kind", r.kind()).bind("points", r.points())
                .bind("article", org.springframework.r2dbc.core.Parameter.fromOrEmpty(r.article(), String.class)).bind("active", r.active())
                .bind("sortOrder", r.sortOrder());
    }
}
