package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.common.security.Role;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** Lookups of login users for other features. */
@Repository
public class UserDirectory {

    /** A login name, as the identity schema accepts it. */
    public static final String USERNAME = UserRequests.USERNAME;

    private final DatabaseClient db;

    UserDirectory(DatabaseClient db) {
        this.db = db;
    }

    /** The enabled users of the organization who hold one of the roles, by name. */
    public Flux<Holder> holders(long organizationId, Set<Role> anyOf) {
        return db.sql("""
                        select u.username, u.display_name from identity.users u join organizations o on o.code = u.organization_code
                         where o.id = :organizationId and u.enabled and u.roles && cast(:roles as text[])
                         order by u.display_name, u.username""")
                .bind("organizationId", organizationId).bind("roles", anyOf.stream().map(Enum::name).toArray(String[]::new))
                .map(row -> new Holder(row.get("username", String.class), row.get("display_name", String.class))).all();
    }

    /** A user who holds a role: login name and name. */
    public record Holder(String username, String displayName) {
    }
}
