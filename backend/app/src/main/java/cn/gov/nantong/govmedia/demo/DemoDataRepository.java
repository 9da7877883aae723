package cn.gov.nantong.govmedia.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Runs the demo data script (classpath demo/nantong-demo.sql); callers hold the transaction. */
@Repository
class DemoDataRepository {

    static final String SCRIPT_PATH = "demo/nantong-demo.sql";
    /** The script's fixed text, shipped in the jar (no value is ever spliced into it; dates are set with set_config). */
    private static final String SCRIPT = read();

    private final DatabaseClient db;

    DemoDataRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Serializes loads of several instances for the rest of the transaction and answers whether the database holds
     * no account yet (a database with data of its own is never touched).
     */
    Mono<Boolean> lockAndCheckEmpty() {
        return db.sql("select pg_advisory_xact_lock(hashtext('govmedia-demo-data'))").then()
                .then(db.sql("select not exists (select 1 from accounts) as empty").map(row -> row.get("empty", Boolean.class)).one());
    }

    /** The whole script, its dates relative to {@code today} in {@code zone}. */
    Mono<Void> load(LocalDate today, ZoneId zone) {
        return db.sql("select set_config('govmedia.demo_today', :today, true), set_config('govmedia.demo_zone', :zone, true)")
                .bind("today", today.toString()).bind("zone", zone.getId()).then()
                .then(db.sql(SCRIPT).then());
    }

    private static String read() {
        try (InputStream in = DemoDataRepository.class.getClassLoader().getResourceAsStream(SCRIPT_PATH)) {
            if (in == null) {
                throw new IllegalStateException("demo data script missing: " + SCRIPT_PATH);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
