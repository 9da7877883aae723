package cn.gov.nantong.govmedia.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Looks up seeded organizations by their stable code. */
public final class Organizations {

    private Organizations() {
    }

    public static long idOf(String code) {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = connection.prepareStatement("select id from organizations where code = ?")) {
            statement.setString(1, code);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no organization " + code);
                }
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
