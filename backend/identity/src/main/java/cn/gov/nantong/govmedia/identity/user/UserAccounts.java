package cn.gov.nantong.govmedia.identity.user;

import cn.gov.nantong.govmedia.identity.GovMediaUser;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table and its login events (schema {@code identity}). */
@Repository
public class UserAccounts {

    private final JdbcClient db;

    UserAccounts(JdbcClient db) {
        this.db = db;
    }

    public Optional<GovMediaUser> find(String username) {
        return db.sql("""
                        select username, password_hash, enabled, display_name, roles, organization_code, must_change_password,
                               totp_secret from users where username = :username""")
                .param("username", username)
                .query(UserAccounts::user)
                .optional();
    }

    public void recordEvent(String username, LoginEvent event, String remoteAddress) {
        db.sql("insert into login_events (username, event, remote_address) values (:username, :event, :address)")
                .param("username", truncate(username, 64)).param("event", event.name())
                .param("address", truncate(remoteAddress, 64))
                .update();
    }

    /** Failed attempts within the window since the last success, unlock or lock-out. */
    public int recentFailures(String username, Duration window, Instant now) {
        return db.sql("""
                        select count(*) from login_events
                         where username = :username and event in ('LOGIN_FAILED', 'TOTP_FAILED') and occurred_at > :since
                           and occurred_at > coalesce((select max(occurred_at) from login_events
                                                        where username = :username
                                                          and event in ('LOGIN_SUCCEEDED', 'UNLOCKED', 'LOCKED_OUT')), '-infinity')""")
                .param("username", username).param("since", at(now.minus(window)))
                .query(Integer.class).single();
    }

    /**
     * Locked while a lock-out is younger than the lock duration and no administrator unlocked it since. Kept by user
     * name, not by row, so an unknown name locks and answers exactly like a known one.
     */
    public boolean locked(String username, Duration duration, Instant now) {
        return db.sql("""
                        select exists (select 1 from login_events l
                                        where l.username = :username and l.event = 'LOCKED_OUT' and l.occurred_at > :since
                                          and not exists (select 1 from login_events u where u.username = l.username
                                                             and u.event = 'UNLOCKED' and u.occurred_at >= l.occurred_at))""")
                .param("username", username).param("since", at(now.minus(duration)))
                .query(Boolean.class).single();
    }

    public void lock(String username, Instant until) {
        db.sql("update users set locked_until = :until, updated_at = now() where username = :username")
                .param("until", at(until)).param("username", username).update();
    }

    public void changePassword(String username, String hash) {
        db.sql("""
                        update users set password_hash = :hash, must_change_password = false, updated_at = now(),
                                         version = version + 1 where username = :username""")
                .param("hash", hash).param("username", username).update();
    }

    public void enrollSecondFactor(String username, String secret) {
        db.sql("update users set totp_secret = :secret, updated_at = now(), version = version + 1 where username = :username")
                .param("secret", secret).param("username", username).update();
    }

    /** Inserts a user unless the name is taken; returns whether it did. */
    public boolean create(NewUser user) {
        return db.sql("""
                        insert into users (username, display_name, organization_code, roles, password_hash, must_change_password,
                                           demo, created_by)
                        values (:username, :displayName, :organizationCode, string_to_array(:roles, ','), :hash, :mustChange,
                                :demo, :createdBy)
                        on conflict (username) do nothing""")
                .param("username", user.username()).param("displayName", user.displayName())
                .param("organizationCode", user.organizationCode()).param("roles", String.join(",", user.roles()))
                .param("hash", user.passwordHash()).param("mustChange", user.mustChangePassword())
                .param("demo", user.demo()).param("createdBy", user.createdBy())
                .update() == 1;
    }

    public long demoUsers() {
        return db.sql("select count(*) from users where demo").query(Long.class).single();
    }

    private static GovMediaUser user(ResultSet row, int number) throws SQLException {
        Array roles = row.getArray("roles");
        return new GovMediaUser(row.getString("username"), row.getString("password_hash"), row.getBoolean("enabled"),
                row.getString("display_name"), List.of((String[]) roles.getArray()), row.getString("organization_code"),
                row.getBoolean("must_change_password"), row.getString("totp_secret"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
