package cn.gov.nantong.govmedia.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test class the same starting point: no data but the seeded organization tree, whatever
 * classes ran before. Runs after Flyway (the Spring context starts first), on the test thread.
 */
public class ResetDatabase implements BeforeAllCallback {

    private static final String SEED = "db/migration/V3__seed_nantong_organizations.sql";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        org.springframework.test.context.junit.jupiter.SpringExtension.getApplicationContext(context);
        try (Connection connection = TestDatabase.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("truncate table audit_events, organizations restart identity cascade");
                statement.execute("alter sequence audit_events_id_seq restart");
                statement.execute(seed());
            }
            connection.commit();
        }
    }

    private static String seed() throws IOException {
        try (InputStream in = ResetDatabase.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IOException("seed script missing: " + SEED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
