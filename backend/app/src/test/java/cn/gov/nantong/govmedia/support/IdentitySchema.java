package cn.gov.nantong.govmedia.support;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;

/**
 * The identity provider's schema `identity` (users, login events), migrated once per test JVM from the provider's own
 * scripts, which the build copies to db/identity on the test class path. At run time the provider migrates it, not the app.
 */
final class IdentitySchema {

    private static boolean migrated;

    private IdentitySchema() {
    }

    static synchronized void migrate(DatabaseUrl db) {
        if (migrated) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .schemas("identity")
                .locations("classpath:db/identity")
                .cleanDisabled(false)
                .load();
        try {
            flyway.migrate();
        } catch (FlywayValidateException changedScript) {
            // A kept test database (DATABASE_URL) migrated an earlier draft of the provider's script: start the schema afresh.
            flyway.clean();
            flyway.migrate();
        }
        migrated = true;
    }
}
