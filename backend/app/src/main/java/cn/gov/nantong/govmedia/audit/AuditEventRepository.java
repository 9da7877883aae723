package cn.gov.nantong.govmedia.audit;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AuditEventRepository {

    private final DatabaseClient db;
    private final JsonMapper json;

    AuditEventRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Flux<AuditEventResponse> page(AuditEventFilter filter, PageRequest page) {
        WhereClause where = where(filter);
        // the page first, then the names of its people and organizations
        var spec = db.sql("""
                select e.*, u.display_name as actor_name, o.name as organization_name
                  from (select id, occurred_at, actor, actor_roles, organization_code, action, entity_type, entity_id,
                               before_state::text as before_state, after_state::text as after_state, request_id, prev_hash, hash
                          from audit_events""" + where.sql() + """
                         order by id desc limit :limit offset :offset) e
                  left join identity.users u on u.username = e.actor
                  left join organizations o on o.code = e.organization_code
                 order by e.id desc""")
                .bind("limit", page.size()).bind("offset", page.offset());
        spec = where.bind(spec);
        return spec.map(this::map).all();
    }

    Mono<Long> count(AuditEventFilter filter) {
        WhereClause where = where(filter);
        var spec = db.sql("select count(*) as total from audit_events" + where.sql());
        spec = where.bind(spec);
        return spec.map(row -> row.get("total", Long.class)).one();
    }


    private static WhereClause where(AuditEventFilter filter) {
        return WhereClause.where("true")
                .and("entity_type = :entityType", "entityType", filter.entityType())
                .and("entity_id = :entityId", "entityId", filter.entityId())
                .and("actor = :actor", "actor", filter.actor())
                .and("action = :action", "action", filter.action())
                .and("occurred_at >= :from", "from", filter.from())
                .and("occurred_at < :to", "to", filter.to());
    }

    private AuditEventResponse map(Readable row) {
        String[] roles = row.get("actor_roles", String[].class);
        return new AuditEventResponse(row.get("id", Long.class), row.get("occurred_at", OffsetDateTime.class),
                row.get("actor", String.class), row.get("actor_name", String.class), roles == null ? java.util.List.of() : Arrays.asList(roles),
                row.get("organization_code", String.class), row.get("organization_name", String.class), row.get("action", String.class),
                row.get("entity_type", String.class), row.get("entity_id", String.class),
                parse(row.get("before_state", String.class)), parse(row.get("after_state", String.class)),
                row.get("request_id", String.class), row.get("prev_hash", String.class), row.get("hash", String.class));
    }

    private JsonNode parse(String value) {
        return value == null ? null : json.readTree(value);
    }

}
