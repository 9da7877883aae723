package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads and arranges rows of the identity schema directly, as the identity provider would see them. */
final class IdentityRows {

    private IdentityRows() {
    }

    static String text(String sql, Object... arguments) {
        List<String> values = texts(sql, arguments);
        return values.isEmpty() ? null : values.get(0);
    }

    static List<String> texts(String sql, Object... arguments) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = prepare(connection, sql, arguments);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String sql, Object... arguments) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = prepare(connection, sql, arguments)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A user as the identity provider's demo loader would store one (the password hash is not a real one). */
    static void insertUser(String username, String organizationCode, String role) {
        execute("insert into identity.users (username, display_name, organization_code, roles, password_hash, must_change_password)"
                + " values (?, ?, ?, array[?], '{noop}unused', false)", username, username, organizationCode, role);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... arguments) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < arguments.length; i++) {
            statement.setObject(i + 1, arguments[i]);
        }
        return statement;
    }
}
