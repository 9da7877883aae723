package cn.gov.nantong.govmedia.audit;

import cn.gov.nantong.govmedia.common.paging.FilterBinds;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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
        Where where = where(filter);
        var spec = db.sql("""
                select id, occurred_at, actor, actor_roles, organization_code, action, entity_type, entity_id,
                       before_state::text as before_state, after_state::text as after_state, request_id, prev_hash, hash
                  from audit_events""" + where.sql + " order by id desc limit :limit offset :offset")
                .bind("limit", page.size()).bind("offset", page.offset());
        spec = FilterBinds.bindAll(spec, where.binds);
        return spec.map(this::map).all();
    }

    Mono<Long> count(AuditEventFilter filter) {
        Where where = where(filter);
        var spec = db.sql("select count(*) as total from audit_events" + where.sql);
        spec = FilterBinds.bindAll(spec, where.binds);
        return spec.map(row -> row.get("total", Long.class)).one();
    }

    Mono<AuditVerification> verify() {
        return db.sql("select checked, first_broken_id from audit_events_verify()")
                .map(row -> {
                    Long broken = row.get("first_broken_id", Long.class);
                    return new AuditVerification(broken == null, row.get("checked", Long.class), broken);
                })
                .one();
    }

    private static Where where(AuditEventFilter filter) {
        StringBuilder sql = new StringBuilder(" where true");
        Map<String, Object> binds = new HashMap<>();
        if (filter.entityType() != null) {
            sql.append(" and entity_type = :entityType");
            binds.put("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            sql.append(" and entity_id = :entityId");
            binds.put("entityId", filter.entityId());
        }
        if (filter.actor() != null) {
            sql.append(" and actor = :actor");
            binds.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            sql.append(" and action = :action");
            binds.put("action", filter.action());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= :from");
            binds.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < :to");
            binds.put("to", filter.to());
        }
        return new Where(sql.toString(), binds);
    }

    private AuditEventResponse map(Readable row) {
        String[] roles = row.get("actor_roles", String[].class);
        return new AuditEventResponse(row.get("id", Long.class), row.get("occurred_at", OffsetDateTime.class),
                row.get("actor", String.class), roles == null ? java.util.List.of() : Arrays.asList(roles),
                row.get("organization_code", String.class), row.get("action", String.class),
                row.get("entity_type", String.class), row.get("entity_id", String.class),
                parse(row.get("before_state", String.class)), parse(row.get("after_state", String.class)),
                row.get("request_id", String.class), row.get("prev_hash", String.class), row.get("hash", String.class));
    }

    private JsonNode parse(String value) {
        return value == null ? null : json.readTree(value);
    }

    private record Where(String sql, Map<String, Object> binds) {
    }
}
