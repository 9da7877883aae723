package cn.gov.nantong.govmedia.activity;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * {@code make bench}: times the app's own supervision metrics on the bench database (BENCH_DATABASE_URL) — the daily
 * snapshot job over every live account, and the city-wide overview flag counts and league table — through the
 * production classes, so the SQL measured is the SQL served. Arguments: as-of day, number of runs. Prints one line
 * per operation: {@code METRICS <operation>\t<rows>\t<seconds of each run, comma-separated>}.
 */
final class ActivityMetricsBench {

    private ActivityMetricsBench() {
    }

    public static void main(String[] args) {
        LocalDate asOf = LocalDate.parse(args[0]);
        int runs = Integer.parseInt(args[1]);
        DatabaseUrl url = DatabaseUrl.parse(System.getenv("BENCH_DATABASE_URL"));
        ConnectionFactory factory = ConnectionFactories.get(ConnectionFactoryOptions.parse(url.r2dbcUrl()).mutate()
                .option(ConnectionFactoryOptions.USER, url.user()).option(ConnectionFactoryOptions.PASSWORD, url.password()).build());
        DatabaseClient db = DatabaseClient.create(factory);
        ActivityRepository repository = new ActivityRepository(db, new GovMediaProperties(null, null));
        ActivitySnapshotJob job = new ActivitySnapshotJob(repository, new cn.gov.nantong.govmedia.common.jobs.JobLocks(db, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()),
                TransactionalOperator.create(new R2dbcTransactionManager(factory)), Clock.systemUTC());
        OrganizationScope city = new OrganizationScope(db.sql("select path::text as path from organizations where code = 'NT-GOV'")
                .map(row -> row.get("path", String.class)).one().block());

        time("snapshot", runs, () -> {
            db.sql("delete from activity_snapshots where day = :day").bind("day", asOf).fetch().rowsUpdated().block();
            return job.snapshot(asOf).block();
        });
        time("overview_flags", runs, () -> repository.flagCounts(asOf, city).block().live());
        time("league_table", runs, () -> (long) repository.byOrganization(asOf, city).collectList().block().size());
    }

    private static void time(String operation, int runs, Supplier<Long> work) {
        List<String> seconds = new ArrayList<>();
        long rows = 0;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            rows = work.get();
            seconds.add(String.format(Locale.ROOT, "%.2f", (System.nanoTime() - started) / 1e9));
            System.err.printf("%s run %d: %s s (%d rows)%n", operation, run + 1, seconds.get(run), rows);
        }
        System.out.printf("METRICS %s\t%d\t%s%n", operation, rows, String.join(",", seconds));
    }
}
