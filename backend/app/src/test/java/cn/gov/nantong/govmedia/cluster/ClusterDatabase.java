package cn.gov.nantong.govmedia.cluster;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import cn.gov.nantong.govmedia.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A database of its own on the test server, which the instances migrate when they start. */
record ClusterDatabase(DatabaseUrl url) {

    static ClusterDatabase fresh(String name) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        DatabaseUrl server = TestDatabase.url();
        return new ClusterDatabase(new DatabaseUrl(server.host(), server.port(), name, server.user(), server.password()));
    }

    long number(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    List<String> stored(List<String> trackingNumbers) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("select tracking_number from complaints where tracking_number = any(?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", trackingNumbers.toArray()));
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    void drop() throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + url.database() + " with (force)");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
    }
}
