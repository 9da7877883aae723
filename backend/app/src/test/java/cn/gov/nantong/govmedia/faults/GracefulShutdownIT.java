package cn.gov.nantong.govmedia.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.StandaloneApp;
import cn.gov.nantong.govmedia.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Issue 9 faults: the app is told to stop (what SIGTERM does) while public submissions keep arriving. */
class GracefulShutdownIT {

    record Outcome(int status, String trackingNumber) {
    }

    @Test
    @DisplayName("Shutdown under load: requests in flight finish, later ones are refused, the app stops within the grace period, nothing half-written")
    void shutdownUnderLoad() throws Exception {
        ConfigurableApplicationContext app = StandaloneApp.start(TestDatabase.url(), "spring.lifecycle.timeout-per-shutdown-phase=20s");
        WebClient client = WebClient.create(StandaloneApp.baseUrl(app));
        long organization = Organizations.idOf("CC-EDU");
        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> load = Flux.range(0, 600)
                .flatMap(i -> submit(client, organization, "shutdown-" + System.nanoTime() + "-" + i).doOnNext(outcomes::add), 16)
                .then().toFuture();

        await().atMost(Duration.ofSeconds(60)).until(() -> outcomes.size() >= 100);
        long started = System.nanoTime();
        app.close();
        Duration stopping = Duration.ofNanos(System.nanoTime() - started);
        load.get(60, TimeUnit.SECONDS);

        assertThat(stopping).isLessThan(Duration.ofSeconds(20));
        assertThat(outcomes).hasSize(600).allSatisfy(o -> assertThat(o.status()).as(o.toString()).isIn(201, 503, -1));
        List<String> acknowledged = outcomes.stream().filter(o -> o.status() == 201).map(Outcome::trackingNumber).toList();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(100);
        assertThat(outcomes.stream().filter(o -> o.status() != 201)).as("requests after the stop are refused").isNotEmpty();
        assertThat(stored(acknowledged)).as("every acknowledged submission is stored").isEqualTo(acknowledged.size());
        System.out.printf("graceful shutdown: stopped in %d ms; %d acknowledged and stored, %d refused, 0 lost%n", stopping.toMillis(),
                acknowledged.size(), 600 - acknowledged.size());
    }

    /** Status -1: the connection was refused or closed (the server no longer accepts requests). */
    private static Mono<Outcome> submit(WebClient client, long organization, String key) {
        Map<String, Object> body = Map.of("kind", "SUGGESTION", "organizationId", organization, "title", "停机测试",
                "content", "停机期间的建议 " + key);
        return client.post().uri("/api/public/v1/complaints").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchangeToMono(response -> response.bodyToMono(Map.class).defaultIfEmpty(Map.of())
                        .map(answer -> new Outcome(response.statusCode().value(), String.valueOf(answer.get("trackingNumber")))))
                .onErrorResume(e -> Mono.just(new Outcome(-1, e.getClass().getSimpleName())));
    }

    private static long stored(List<String> trackingNumbers) throws Exception {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = connection.prepareStatement("select count(*) from complaints where tracking_number = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", trackingNumbers.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
