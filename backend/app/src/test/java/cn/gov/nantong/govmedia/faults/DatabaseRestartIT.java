package cn.gov.nantong.govmedia.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import cn.gov.nantong.govmedia.support.StandaloneApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Issue 9 faults: PostgreSQL stops and starts again in the middle of a burst of public submissions. The app runs
 * here against a PostgreSQL of its own (real binaries, a data folder that survives the restart).
 */
class DatabaseRestartIT {

    private static final int SUBMISSIONS = 400;

    record Outcome(int status, String trackingNumber, String contentType, String retryAfter, Duration took) {
    }

    @Test
    @DisplayName("PostgreSQL restarted during a burst: every 201 is stored, the outage answers 503 with Retry-After at once, the app recovers by itself")
    void restartDuringABurstOfSubmissions(@TempDir Path data) throws Exception {
        int dbPort = freePort();
        EmbeddedPostgres postgres = postgres(data, dbPort);
        DatabaseUrl url = new DatabaseUrl("127.0.0.1", dbPort, "postgres", "postgres", "");
        try (ConfigurableApplicationContext app = StandaloneApp.start(url)) {
            WebClient client = WebClient.create(StandaloneApp.baseUrl(app));
            long organization = organizationId(url, "CC-EDU");
            List<Outcome> outcomes = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> burst = Flux.range(0, SUBMISSIONS)
                    .flatMap(i -> submit(client, organization, "restart-" + i).doOnNext(outcomes::add), 4).then().toFuture();

            await().atMost(Duration.ofSeconds(60)).until(() -> outcomes.size() >= 80);
            postgres.close();
            await().atMost(Duration.ofSeconds(30)).until(() -> outcomes.stream().filter(o -> o.status() == 503).count() >= 20);
            postgres = postgres(data, dbPort);
            burst.get(120, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> submit(client, organization, "after-restart").block().status() == 201);

            assertThat(outcomes).hasSize(SUBMISSIONS).allSatisfy(o -> assertThat(o.status()).as(o.toString()).isIn(201, 503));
            List<Outcome> refused = outcomes.stream().filter(o -> o.status() == 503).toList();
            assertThat(refused).isNotEmpty().allSatisfy(o -> {
                assertThat(o.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                assertThat(o.retryAfter()).isNotBlank();
                assertThat(o.took()).isLessThan(Duration.ofSeconds(6));
            });
            List<String> acknowledged = outcomes.stream().filter(o -> o.status() == 201).map(Outcome::trackingNumber).toList();
            assertThat(acknowledged).hasSizeGreaterThan(80);
            assertThat(stored(url, acknowledged)).as("every acknowledged submission is stored").containsExactlyInAnyOrderElementsOf(acknowledged);
            System.out.printf("database restart: %d submissions, %d acknowledged (201) and all found, %d refused with 503, 0 lost%n",
                    SUBMISSIONS, acknowledged.size(), refused.size());
        } finally {
            postgres.close();
        }
    }

    private static Mono<Outcome> submit(WebClient client, long organization, String key) {
        long started = System.nanoTime();
        Map<String, Object> body = Map.of("kind", "CONSULTATION", "organizationId", organization, "title", "重启测试",
                "content", "数据库重启期间的咨询 " + key);
        return client.post().uri("/api/public/v1/complaints").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchangeToMono(response -> response.bodyToMono(Map.class).defaultIfEmpty(Map.of()).map(answer -> new Outcome(
                        response.statusCode().value(), String.valueOf(answer.get("trackingNumber")),
                        String.valueOf(response.headers().contentType().orElse(MediaType.ALL)),
                        response.headers().asHttpHeaders().getFirst("Retry-After"), Duration.ofNanos(System.nanoTime() - started))))
                .onErrorResume(e -> Mono.just(new Outcome(-1, e.toString(), "", "", Duration.ofNanos(System.nanoTime() - started))));
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    private static long organizationId(DatabaseUrl url, String code) throws Exception {
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             PreparedStatement statement = connection.prepareStatement("select id from organizations where code = ?")) {
            statement.setString(1, code);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<String> stored(DatabaseUrl url, List<String> trackingNumbers) throws Exception {
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             PreparedStatement statement = connection.prepareStatement("select tracking_number from complaints where tracking_number = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", trackingNumbers.toArray()));
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
