package cn.gov.nantong.govmedia.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The documented procedure (`make backup`, `make restore`) run for real: a dump of the live test database is restored
 * into a new database, which holds the same data and an audit log that verifies; a tampered copy does not verify.
 */
@IntegrationTest
class BackupRestoreIT {

    private static final Path SCRIPTS = Path.of("../scripts").toAbsolutePath().normalize();
    private static final String[] TABLES = {"organizations", "complaints", "audit_events", "checklist_items"};

    @Autowired
    WebTestClient web;

    private final String restored = "govmedia_restore_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 8);

    @AfterEach
    void dropRestored() throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + restored + " with (force)");
        }
    }

    @Test
    void aRestoredDumpHoldsTheDataAndAVerifyingAuditLog() throws Exception {
        String trackingNumber = submitComplaint();
        // the sealer puts the new events into the signed tree within a second; the copy then carries a signed head
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (Connection connection = TestDatabase.connect()) {
                return count(connection, "select count(*) from audit_unsealed") == 0;
            }
        });
        Path dump = Files.createTempFile("govmedia-backup", ".dump");
        DatabaseUrl source = TestDatabase.url();

        Result backup = run("backup.sh", Map.of("DATABASE_URL", url(source, source.database()), "BACKUP_FILE", dump.toString()));
        assertThat(backup.status()).as(backup.output()).isZero();
        Result restore = run("restore.sh", Map.of("DATABASE_URL", url(source, source.database()),
                "BACKUP_FILE", dump.toString(), "RESTORE_DATABASE", restored));

        assertThat(restore.status()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("audit log intact").containsPattern("signed tree head of [1-9]");
        try (Connection original = TestDatabase.connect(); Connection copy = connect(source, restored)) {
            for (String table : TABLES) {
                assertThat(count(copy, "select count(*) from " + table)).as(table)
                        .isEqualTo(count(original, "select count(*) from " + table)).isPositive();
            }
            assertThat(count(copy, "select count(*) from complaints where tracking_number = '" + trackingNumber + "'")).isEqualTo(1);
            assertThat(count(copy, "select count(*) from flyway_schema_history where success"))
                    .isEqualTo(count(original, "select count(*) from flyway_schema_history where success"));
            try (Statement tamper = copy.createStatement()) {
                tamper.execute("alter table audit_events disable trigger audit_events_append_only");
                tamper.execute("update audit_events set action = action || '!' where id = (select min(id) from audit_events)");
            }
        }
        Result tampered = run("audit-verify.sh", Map.of("DATABASE_URL", url(source, restored)));
        assertThat(tampered.status()).as(tampered.output()).isEqualTo(1);
        assertThat(tampered.output()).contains("audit log BROKEN");
    }

    private String submitComplaint() {
        Map<?, ?> receipt = web.post().uri("/api/public/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "CONSULTATION", "title", "备份恢复演练", "content", "请问如何查询办理进度？",
                        "organizationId", Organizations.idOf("CC-EDU")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return String.valueOf(receipt.get("trackingNumber"));
    }

    record Result(int status, String output) {
    }

    private static Result run(String script, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPTS.resolve(script).toString()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(script + " finished").isTrue();
        return new Result(process.waitFor(), output);
    }

    private static String url(DatabaseUrl db, String database) {
        String password = db.password() == null || db.password().isEmpty() ? "" : ":" + db.password();
        return "postgresql://%s%s@%s:%d/%s".formatted(db.user(), password, db.host(), db.port(), database);
    }

    private static Connection connect(DatabaseUrl db, String database) throws Exception {
        DatabaseUrl other = new DatabaseUrl(db.host(), db.port(), database, db.user(), db.password());
        return DriverManager.getConnection(other.jdbcUrl(), other.user(), other.password());
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
