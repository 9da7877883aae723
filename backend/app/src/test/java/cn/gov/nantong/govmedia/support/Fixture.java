package cn.gov.nantong.govmedia.support;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Accounts, publication records and submissions written straight into the database, with fixed dates. */
public final class Fixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixture() {
    }

    public static long account(String name, String orgCode, String platform, LocalDate activatedOn, String status) {
        return id("""
                insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                      status, status_changed_on, activated_on)
                select ?, ?, id, 'IN_HOUSE', '办公室', '王敏', ?, ?, ? from organizations where code = ? returning id""",
                platform, name, status, Date.valueOf(activatedOn), Date.valueOf(activatedOn), orgCode);
    }

    public static void publication(long accountId, String origin, String publishedAt) {
        id("""
                insert into publications (account_id, host_organization_id, published_at, origin, title, url, recorded_by)
                select id, host_organization_id, cast(? as timestamptz), ?, '标题', ?, 'test' from accounts where id = ? returning id""",
                publishedAt, origin, "https://example.gov.cn/" + SEQUENCE.incrementAndGet(), accountId);
    }

    /** A submission to the account; {@code repliedAt} null leaves it open. */
    public static long submission(long accountId, String moderation, LocalDate receivedOn, LocalDate dueOn, String repliedAt) {
        int n = SEQUENCE.incrementAndGet();
        return id("""
                insert into complaints (tracking_number, token_hash, kind, account_id, target_organization_id, title, content, status,
                                        moderation, due_on, reply, replied_by, replied_at, client_hash, content_hash, received_on)
                select ?, repeat('0', 64), 'CONSULTATION', id, host_organization_id, '咨询', '内容', ?, ?, ?, ?, ?,
                       cast(? as timestamptz), repeat('0', 64), repeat('1', 64), ? from accounts where id = ? returning id""",
                "T" + n, repliedAt == null ? "RECEIVED" : "ANSWERED", moderation, Date.valueOf(dueOn),
                repliedAt == null ? null : "已答复", repliedAt == null ? null : "cc-operator", repliedAt, Date.valueOf(receivedOn), accountId);
    }

    /** A review ticket of the account already published at {@code publishedAt} (an ISO offset date-time). */
    public static long publishedTicket(long accountId, String title, String publishedAt) {
        return id("""
                insert into review_tickets (account_id, host_organization_id, title, body, origin, classification, status, author,
                                            published_at)
                select id, host_organization_id, ?, '正文', 'ORIGINAL', 'IMPORTANT', 'PUBLISHED', 'cc-operator', cast(? as timestamptz)
                  from accounts where id = ? returning id""", title, publishedAt, accountId);
    }

    public static void exec(String sql) {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String sql) {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long id(String sql, Object... values) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("nothing inserted: " + sql);
                }
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
