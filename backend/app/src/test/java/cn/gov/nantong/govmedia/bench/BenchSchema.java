package cn.gov.nantong.govmedia.bench;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import org.flywaydb.core.Flyway;

/**
 * {@code make bench}: brings the bench database to the app's schema with the app's own Flyway migrations (the same
 * files and settings the app runs at startup), before the data generator loads it. Reads BENCH_DATABASE_URL.
 */
public final class BenchSchema {

    private BenchSchema() {
    }

    public static void main(String[] args) {
        DatabaseUrl url = DatabaseUrl.parse(System.getenv("BENCH_DATABASE_URL"));
        Flyway flyway = Flyway.configure().dataSource(url.jdbcUrl(), url.user(), url.password())
                .locations("classpath:db/migration").load();
        int applied = flyway.migrate().migrationsExecuted;
        System.out.printf("bench schema: %d migration(s) applied, at version %s%n", applied, flyway.info().current().getVersion());
    }
}
