package cn.gov.nantong.govmedia.support;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL the tests use: the server named by DATABASE_URL when set (CI points it at the machine's
 * PostgreSQL), otherwise an embedded one started once per JVM from real binaries.
 */
public final class TestDatabase {

    private static DatabaseUrl url;

    private TestDatabase() {
    }

    public static synchronized DatabaseUrl url() {
        if (url == null) {
            url = DatabaseUrl.fromEnvironment(System.getenv("DATABASE_URL")).orElseGet(TestDatabase::startEmbedded);
        }
        return url;
    }

    public static Connection connect() throws SQLException {
        DatabaseUrl db = url();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    private static DatabaseUrl startEmbedded() {
        try {
            // C.UTF-8 so pg_trgm treats Chinese characters as word characters, as a production server must.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data folder goes with it
                }
            }));
            return new DatabaseUrl("127.0.0.1", postgres.getPort(), "postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }
}
