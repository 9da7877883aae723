package cn.gov.nantong.govmedia.cluster;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.support.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Issue 17: two API instances (JVMs of their own) behind Debian's nginx, one PostgreSQL, one Redis, the province played
 * by WireMock; tokens signed with the test key the instances trust. Left out by `make test` where nginx or Redis is
 * missing (.ci/run installs both).
 */
@Tag("cluster")
class ScaleOutIT {

    private static final String REDIS = System.getenv().getOrDefault("GOVMEDIA_TEST_REDIS_URL", "redis://127.0.0.1:6379");
    private static final List<String> PLATFORMS = List.of("WECHAT_OFFICIAL", "WECHAT_CHANNELS", "WEIBO", "DOUYIN", "KUAISHOU",
            "TOUTIAO", "BILIBILI", "XIAOHONGSHU");

    @Test
    @DisplayName("two instances behind one load balancer: nothing lost, nothing twice, one limit, one daily job, one lexicon")
    void twoInstancesBehindOneLoadBalancer(@TempDir Path folder) throws Exception {
        ClusterDatabase db = ClusterDatabase.fresh("govmedia_scaleout");
        WireMockServer province = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        province.start();
        province.stubFor(post(urlEqualTo("/v1/filings")).willReturn(aResponse().withStatus(201).withFixedDelay(20)
                .withHeader("Content-Type", "application/json").withBody("{\"receiptNumber\":\"JS-1\",\"status\":\"RECEIVED\"}")));
        province.stubFor(get(urlPathEqualTo("/v1/register")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\": [], \"nextCursor\": null}")));
        List<String> settings = List.of(
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + TestTokens.publicKeyFile(),
                "govmedia.redis-url=" + REDIS, "govmedia.redis-timeout=PT10S", "govmedia.rate-limit-prefix=govmedia-scaleout:" + UUID.randomUUID() + ":",
                "govmedia.trusted-proxies=127.0.0.1/32",
                "govmedia.public.requests-per-minute-per-address=1000000", "govmedia.public.requests-per-minute-per-device=20",
                "govmedia.province.base-url=" + province.baseUrl(), "govmedia.province.poll-interval=PT0.2S",
                "govmedia.province.poll-initial-delay=PT1S", "govmedia.province.lease=PT5S",
                "govmedia.province.reconciliation-cron=* * * * * *");
        List<String> jsonLogs = new java.util.ArrayList<>(settings);
        jsonLogs.addAll(List.of("spring.profiles.active=json-logs", "logging.level.govmedia.access=INFO"));
        try (AppProcess a = AppProcess.start("instance-a", db.url(), folder, settings);
             AppProcess b = AppProcess.start("instance-b", db.url(), folder, jsonLogs)) {
            a.awaitReady();
            b.awaitReady();
            try (Nginx balancer = Nginx.balancing(folder, List.of(a.port, b.port))) {
                Cluster cluster = new Cluster(WebClient.create(balancer.baseUrl()), db);
                long health = db.number("select id from organizations where code = 'CC-HEALTH'");

                List<Submission> submitted = Flux.range(0, 500).flatMap(i -> cluster.submit(health, "scale-" + i), 16)
                        .collectList().block(Duration.ofMinutes(3));
                assertThat(submitted).allSatisfy(s -> assertThat(s.status()).as(s.toString()).isEqualTo(201));
                List<String> numbers = submitted.stream().map(Submission::trackingNumber).toList();
                assertThat(numbers).doesNotHaveDuplicates();
                assertThat(db.number("select count(*) from complaints where title like 'scale-%'")).isEqualTo(500);
                assertThat(db.stored(numbers)).containsExactlyInAnyOrderElementsOf(numbers);
                long onA = cluster.served(a, "/api/public/v1/complaints");
                long onB = cluster.served(b, "/api/public/v1/complaints");
                assertThat(onA).as("instance A took a share").isPositive();
                assertThat(onB).as("instance B took a share").isPositive();

                // The bucket refills greedily, one token every 3 s: a burst that a busy machine stretches past 3 s earns
                // one more per 3 s, so the exact figure is the limit plus those (0 whenever the burst is quicker).
                long burstStarted = System.nanoTime();
                List<Integer> limited = Flux.range(0, 30).flatMap(i -> cluster.faqs("scale-out-device"), 30).collectList().block();
                long burstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - burstStarted);
                long refilled = burstMillis / 3_000;
                long allowed = limited.stream().filter(status -> status == 200).count();
                assertThat(allowed).as("the device limit across both instances (burst %d ms)", burstMillis).isBetween(20L, 20 + refilled);
                assertThat(limited).filteredOn(status -> status != 200).containsOnly(429).hasSize(30 - (int) allowed);

                for (String platform : PLATFORMS) {
                    cluster.approvedFiling(platform);
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> db.number("select count(*) from sync_outbox where status = 'DELIVERED'")
                        == PLATFORMS.size());
                Map<String, Long> deliveries = province.findAll(postRequestedFor(urlEqualTo("/v1/filings"))).stream()
                        .collect(Collectors.groupingBy(request -> request.getHeader("Idempotency-Key"), Collectors.counting()));
                assertThat(deliveries).hasSize(PLATFORMS.size()).allSatisfy((key, times) -> assertThat(times).isEqualTo(1));

                await().atMost(Duration.ofSeconds(20)).until(() -> db.number("select count(*) from reconciliation_reports") >= 1);
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                        .until(() -> db.number("select count(*) from reconciliation_reports") == 1);

                cluster.addBannedTerm(a, "集群同步禁用词");
                long added = System.nanoTime();
                await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(25)).until(() -> cluster.flags(b, "集群同步禁用词"));
                long lexiconMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - added);

                String requestId = "scale-out-json-" + UUID.randomUUID().toString().substring(0, 8);
                assertThat(cluster.submitDirectly(b, health, requestId)).isEqualTo(201);
                await().atMost(Duration.ofSeconds(10)).until(() -> java.nio.file.Files.readAllLines(folder.resolve("instance-b.log")).stream()
                        .anyMatch(line -> line.startsWith("{") && line.contains("\"requestId\":\"" + requestId + "\"")));

                List<Submission> outcomes = new CopyOnWriteArrayList<>();
                CompletableFuture<Void> load = Flux.range(0, 300).flatMap(i -> cluster.submit(health, "kill-" + i).doOnNext(outcomes::add), 8)
                        .then().toFuture();
                await().atMost(Duration.ofSeconds(60)).until(() -> outcomes.size() >= 60);
                a.kill();
                load.get(3, TimeUnit.MINUTES);
                List<String> acknowledged = outcomes.stream().filter(s -> s.status() == 201).map(Submission::trackingNumber).toList();
                assertThat(outcomes).hasSize(300);
                assertThat(acknowledged).hasSizeGreaterThan(60);
                assertThat(db.stored(acknowledged)).as("every acknowledged submission is stored").containsExactlyInAnyOrderElementsOf(acknowledged);

                System.out.printf("scale-out: 500 submissions over 2 instances (A %d, B %d), all stored once; %d filings delivered "
                                + "exactly once by 2 outbox workers; 1 reconciliation; device limit: %d of 30 allowed cluster-wide "
                                + "(limit 20, burst %d ms); "
                                + "lexicon term on B after %d ms; instance A killed mid-load: %d of 300 acknowledged, all stored, "
                                + "%d refused%n", onA, onB, PLATFORMS.size(), allowed, burstMillis, lexiconMillis, acknowledged.size(),
                        outcomes.size() - acknowledged.size());
            }
        } finally {
            province.stop();
            db.drop();
        }
    }

    record Submission(int status, String trackingNumber) {
    }
}
