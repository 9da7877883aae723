package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The identity provider's users (schema identity, migrated by the provider), joined to their organization by code so
 * every read is scoped by the caller's subtree in the database. Never selects the password hash or the TOTP secret.
 */
@Repository
class UserRepository {

    static final Map<String, String> SORTABLE = Map.of("username", "u.username", "displayName", "u.display_name",
            "createdAt", "u.created_at", "updatedAt", "u.updated_at");
    static final String DEFAULT_ORDER = "u.username";

    private static final String FROM = " from identity.users u join organizations o on o.code = u.organization_code";
    private static final String STATUS = "case when not u.enabled then 'DISABLED' when u.locked_until > now() then 'LOCKED'"
            + " else 'ACTIVE' end";
    private static final String SELECT = "select u.id, u.username, u.display_name, u.roles, u.must_change_password,"
            + " u.totp_secret is not null as mfa_enrolled, case when u.locked_until > now() then u.locked_until end as locked_until,"
            + " u.created_at, u.created_by, u.updated_at, u.version, o.id as organization_id, o.code as organization_code,"
            + " o.name as organization_name, " + STATUS + " as status" + FROM;

    private final DatabaseClient db;

    UserRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<UserResponse> page(UserFilter filter, OrganizationScope scope, PageRequest page) {
        WhereClause where = where(filter);
        var spec = db.sql(SELECT + where.sql() + " order by " + page.orderBy() + " limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("limit", page.size()).bind("offset", page.offset());
        return where.bind(spec).map(UserRepository::map).all();
    }

    Mono<Long> count(UserFilter filter, OrganizationScope scope) {
        WhereClause where = where(filter);
        var spec = db.sql("select count(*) as total" + FROM + where.sql()).bind(OrganizationScope.BIND_NAME, scope.path());
        return where.bind(spec).map(row -> row.get("total", Long.class)).one();
    }

    Flux<PeopleController.Person> people(List<String> usernames) {
        return db.sql("select u.username, u.display_name, o.name as organization_name" + FROM + " where u.username = any(:usernames)")
                .bind("usernames", usernames.stream().distinct().toArray(String[]::new))
                .map(row -> new PeopleController.Person(row.get("username", String.class), row.get("display_name", String.class),
                        row.get("organization_name", String.class)))
                .all();
    }

    Mono<UserResponse> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " where u.id = :id and " + OrganizationScope.condition("o.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(UserRepository::map).one();
    }

    Mono<Boolean> usernameTaken(String username) {
        return db.sql("select exists(select 1 from identity.users where username = :username) as taken")
                .bind("username", username).map(row -> row.get("taken", Boolean.class)).one();
    }

    Mono<Long> insert(CreateUserRequest request, String organizationCode, String passwordHash, String createdBy) {
        return db.sql("""
                        insert into identity.users (username, display_name, organization_code, roles, password_hash,
                                                    must_change_password, created_by)
                        values (:username, :displayName, :organizationCode, :roles, :passwordHash, true, :createdBy)
                        returning id""")
                .bind("username", request.username()).bind("displayName", request.displayName().trim())
                .bind("organizationCode", organizationCode).bind("roles", names(request.roles()))
                .bind("passwordHash", passwordHash).bind("createdBy", createdBy)
                .map(row -> row.get("id", Long.class)).one();
    }

    /** Writes the merged name and roles; 0 rows means the version moved on. */
    Mono<Long> update(long id, String displayName, List<Role> roles, long expectedVersion) {
        return db.sql("""
                        update identity.users set display_name = :displayName, roles = :roles, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version""")
                .bind("id", id).bind("version", expectedVersion)
                .bind("displayName", displayName).bind("roles", names(roles))
                .fetch().rowsUpdated();
    }

    Mono<Long> setEnabled(long id, boolean enabled) {
        return db.sql("update identity.users set enabled = :enabled, updated_at = now(), version = version + 1 where id = :id")
                .bind("id", id).bind("enabled", enabled).fetch().rowsUpdated();
    }

    Mono<Long> unlock(long id) {
        return db.sql("update identity.users set locked_until = null, updated_at = now(), version = version + 1 where id = :id")
                .bind("id", id).fetch().rowsUpdated();
    }

    Mono<Long> replacePassword(long id, String passwordHash) {
        return db.sql("""
                        update identity.users set password_hash = :passwordHash, must_change_password = true, updated_at = now(),
                               version = version + 1
                         where id = :id""")
                .bind("id", id).bind("passwordHash", passwordHash).fetch().rowsUpdated();
    }

    /** A security event the identity provider reads: UNLOCKED restarts its count of failed logins. */
    Mono<Void> recordLoginEvent(String username, String event) {
        return db.sql("insert into identity.login_events (username, event) values (:username, :event)")
                .bind("username", username).bind("event", event).then();
    }

    /** Ends the user's sessions: their refresh tokens stop working (access tokens run out within their short lifetime). */
    Mono<Void> revokeAuthorizations(String username) {
        return db.sql("delete from identity.oauth2_authorization where principal_name = :username")
                .bind("username", username).then();
    }

    private static WhereClause where(UserFilter filter) {
        return WhereClause.where(OrganizationScope.condition("o.path"))
                .and("o.path <@ (select p.path from organizations p where p.id = :organizationId)", "organizationId",
                        filter.organizationId())
                .andContaining("(u.username ilike :q or u.display_name ilike :q)", "q", filter.q())
                .and("u.roles @> array[cast(:role as text)]", "role", filter.role())
                .and(STATUS + " = :status", "status", filter.status());
    }

    private static String[] names(List<Role> roles) {
        return roles.stream().distinct().map(Role::name).toArray(String[]::new);
    }

    private static UserResponse map(Readable row) {
        List<Role> roles = Arrays.stream(row.get("roles", String[].class)).map(Role::valueOf).toList();
        return new UserResponse(row.get("id", Long.class), row.get("username", String.class),
                row.get("display_name", String.class),
                new UserOrganization(row.get("organization_id", Long.class), row.get("organization_code", String.class),
                        row.get("organization_name", String.class)),
                roles, UserStatus.valueOf(row.get("status", String.class)),
                Boolean.TRUE.equals(row.get("must_change_password", Boolean.class)),
                Boolean.TRUE.equals(row.get("mfa_enrolled", Boolean.class)),
                row.get("locked_until", OffsetDateTime.class), row.get("created_at", OffsetDateTime.class),
                row.get("created_by", String.class), row.get("updated_at", OffsetDateTime.class), row.get("version", Long.class));
    }

}
