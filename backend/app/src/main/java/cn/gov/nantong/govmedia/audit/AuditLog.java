package cn.gov.nantong.govmedia.audit;

import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.RequestIds;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends an audit event. Call it inside the transaction of the change it records, so both commit or
 * neither does. The row carries its own hash and waits for no other writer; after it commits the {@link AuditSealer}
 * gives it a position in the Merkle tree and signs the new head.
 */
@Repository
public class AuditLog {

    private final DatabaseClient db;
    private final CurrentUsers users;
    private final JsonMapper json;

    AuditLog(DatabaseClient db, CurrentUsers users, JsonMapper json) {
        this.db = db;
        this.users = users;
        this.json = json;
    }

    /** The history of one object, oldest first. Callers check the object is visible before asking. */
    public Flux<AuditTrailEntry> history(String entityType, Object entityId) {
        return db.sql("""
                        select occurred_at, actor, actor_roles, action, before_state::text as before_state,
                               after_state::text as after_state
                          from audit_events where entity_type = :entityType and entity_id = :entityId order by id""")
                .bind("entityType", entityType).bind("entityId", String.valueOf(entityId))
                .map(row -> {
                    String[] roles = row.get("actor_roles", String[].class);
                    String before = row.get("before_state", String.class);
                    String after = row.get("after_state", String.class);
                    return new AuditTrailEntry(row.get("occurred_at", java.time.OffsetDateTime.class), row.get("actor", String.class),
                            roles == null ? java.util.List.of() : java.util.List.of(roles), row.get("action", String.class),
                            before == null ? null : json.readTree(before), after == null ? null : json.readTree(after));
                })
                .all();
    }

    /**
     * The latest changes made by people of an organization subtree ({@code scopePath}, an ltree) in the last 30 days,
     * newest first: who, what and to which object, never the content. Walks the log backwards from the newest event.
     */
    public Flux<RecentActivity> recent(String scopePath, int limit) {
        return db.sql("""
                        select e.id, e.occurred_at, e.actor, u.display_name as actor_name, o.name as organization_name, e.action,
                               e.entity_type, e.entity_id
                          from audit_events e
                          join organizations o on o.code = e.organization_code
                          left join identity.users u on u.username = e.actor
                         where o.path <@ cast(:scopePath as ltree) and e.occurred_at > now() - interval '30 days'
                         order by e.id desc limit :limit""")
                .bind("scopePath", scopePath).bind("limit", limit)
                .map(row -> new RecentActivity(row.get("id", Long.class), row.get("occurred_at", java.time.OffsetDateTime.class),
                        row.get("actor", String.class), row.get("actor_name", String.class), row.get("organization_name", String.class),
                        row.get("action", String.class), row.get("entity_type", String.class), row.get("entity_id", String.class)))
                .all();
    }

    public Mono<Void> record(String action, String entityType, Object entityId, Object before, Object after) {
        Mono<Optional<CurrentUser>> caller = users.current().map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<String> requestId = RequestIds.current().defaultIfEmpty("");
        return Mono.zip(caller, requestId).flatMap(context -> {
            Optional<CurrentUser> user = context.getT1();
            return db.sql("""
                            insert into audit_events (actor, actor_roles, organization_code, action, entity_type, entity_id,
                                                      before_state, after_state, request_id, hash)
                            values (:actor, :roles, :organization, :action, :entityType, :entityId,
                                    cast(:before as jsonb), cast(:after as jsonb), :requestId, '')""")
                    .bind("actor", user.map(CurrentUser::username).orElse("anonymous"))
                    .bind("roles", user.map(u -> u.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
                            .orElse(new String[0]))
                    .bind("organization", Parameter.fromOrEmpty(user.map(CurrentUser::organizationCode).orElse(null), String.class))
                    .bind("action", action)
                    .bind("entityType", entityType)
                    .bind("entityId", String.valueOf(entityId))
                    .bind("before", Parameter.fromOrEmpty(before == null ? null : json.writeValueAsString(before), String.class))
                    .bind("after", Parameter.fromOrEmpty(after == null ? null : json.writeValueAsString(after), String.class))
                    .bind("requestId", Parameter.fromOrEmpty(context.getT2().isEmpty() ? null : context.getT2(), String.class))
                    .then();
        });
    }
}
