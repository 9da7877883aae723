package cn.gov.nantong.govmedia.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Issue 9 faults: an exhausted pool answers 503 fast, and clients that give up mid-request leak no connection. */
@IntegrationTest
class ConnectionPoolFaultIT {

    @Autowired
    WebTestClient web;
    @Autowired
    ConnectionPool pool;
    @Value("${spring.r2dbc.pool.max-size}")
    int maxSize;
    @Value("${spring.r2dbc.pool.max-acquire-time}")
    Duration acquireTimeout;
    @LocalServerPort
    int port;

    private PoolMetrics metrics() {
        return pool.getMetrics().orElseThrow();
    }

    @Test
    @DisplayName("Pool exhausted: the caller gets a 503 problem with Retry-After within the acquire timeout, and the next request succeeds")
    void exhaustedPoolAnswers503WithinTheAcquireTimeout() {
        List<Connection> held = Flux.range(0, maxSize).flatMap(i -> pool.create()).collectList().block(Duration.ofSeconds(30));
        try {
            long started = System.nanoTime();
            web.get().uri("/api/public/v1/faqs").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals("Retry-After", "5")
                    .expectBody().jsonPath("$.code").isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(acquireTimeout.plusSeconds(3));
        } finally {
            Flux.fromIterable(held).flatMap(Connection::close).blockLast(Duration.ofSeconds(30));
        }
        web.get().uri("/api/public/v1/faqs").exchange().expectStatus().isOk();
    }

    @Test
    @DisplayName("64 streaming clients that hang up after a few lines, and 64 list readers that give up: the pool returns to idle")
    void clientsThatDisconnectLeakNoConnection() throws Exception {
        try (java.sql.Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                          status, status_changed_on)
                    select 'OTHER', '断开测试账号' || n, o.id, 'IN_HOUSE', '办公室', '王敏', 'CLOSED', current_date
                      from generate_series(1, 20000) as n, organizations o where o.code = 'CC-EDU'""");
        }
        WebClient client = WebClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        List<String> failures = new CopyOnWriteArrayList<>();
        Flux.range(0, 64).flatMap(i -> client.get().uri("/api/sync/v1/accounts").accept(MediaType.APPLICATION_NDJSON)
                        .headers(h -> h.setBearerAuth(TestTokens.syncClient())).retrieve().bodyToFlux(String.class).take(5)
                        .onErrorResume(e -> Mono.fromRunnable(() -> failures.add("stream: " + e))), 64)
                .then().block(Duration.ofSeconds(60));
        Flux.range(0, 64).flatMap(i -> client.get().uri("/api/v1/accounts?size=100").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                        .retrieve().bodyToFlux(byte[].class).take(1)
                        .onErrorResume(e -> Mono.fromRunnable(() -> failures.add("list: " + e))), 64)
                .then().block(Duration.ofSeconds(60));
        assertThat(failures).isEmpty();

        await().atMost(Duration.ofSeconds(20)).until(() -> metrics().acquiredSize() == 0);
        long before = System.nanoTime();
        web.get().uri("/api/v1/accounts?size=5").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange().expectStatus().isOk();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));
        assertThat(metrics().pendingAcquireSize()).isZero();
    }
}
