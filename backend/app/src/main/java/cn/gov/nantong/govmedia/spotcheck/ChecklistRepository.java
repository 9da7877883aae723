package cn.gov.nantong.govmedia.spotcheck;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The spot-check checklist items. */
@Repository
class ChecklistRepository {

    private final DatabaseClient db;

    ChecklistRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<ChecklistItem> all() {
        return db.sql("select * from checklist_items order by sort_order, id").map(ChecklistItem.ROWS).all();
    }

    Mono<ChecklistItem> find(long id) {
        return db.sql("select * from checklist_items where id = :id").bind("id", id).map(ChecklistItem.ROWS).one();
    }

    Mono<ChecklistItem> activeByCode(String code) {
        return db.sql("select * from checklist_items where code = :code and active").bind("code", code).map(ChecklistItem.ROWS).one();
    }

    Mono<ChecklistItem> insert(ChecklistItemRequest request) {
        return bind(db.sql("""
                insert into checklist_items (code, name, kind, points, article, active, sort_order)
                values (:code, :name, :kind, :points, :article, :active, :sortOrder) returning *"""), request)
                .map(ChecklistItem.ROWS).one();
    }

    /** The updated item; empty when {@code request.version()} is given and no longer the current one. */
    Mono<ChecklistItem> update(long id, ChecklistItemRequest request) {
        return bind(db.sql("""
                        update checklist_items set code = :code, name = :name, kind = :kind, points = :points, article = :article,
                               active = :active, sort_order = :sortOrder, version = version + 1
                         where id = :id and version = coalesce(cast(:version as bigint), version) returning *"""), request)
                .bind("id", id).bind("version", Parameter.fromOrEmpty(request.version(), Long.class))
                .map(ChecklistItem.ROWS).one();
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, ChecklistItemRequest r) {
        return spec.bind("code", r.code()).bind("name", r.name().trim()).bind("kind", r.kind().name()).bind("points", r.points())
                .bind("article", Parameter.fromOrEmpty(r.article(), String.class)).bind("active", r.active())
                .bind("sortOrder", r.sortOrder());
    }
}
