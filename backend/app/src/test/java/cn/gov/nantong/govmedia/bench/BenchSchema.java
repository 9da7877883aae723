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
        var result = Flyway.configure().dataSource(url.jdbcUrl(), url.user(), url.password())
                .locations("classpath:db/migration").load().migrate();
        System.out.printf("bench schema: %d migration(s) applied, now at version %s%n", result.migrationsExecuted,
                result.targetSchemaVersion);
    }
}
