package cn.gov.nantong.govmedia.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.common.jobs.JobLocks;
import cn.gov.nantong.govmedia.filing.FilingDeliveries;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Art 15: every approved filing reaches the province exactly once, whatever the province and our instances do. */
@IntegrationTest
class OutboxDeliveryIT extends ProvinceStubTestBase {

    private static final String RECEIPT = "{\"receiptNumber\":\"JS2026112800001\",\"status\":\"RECEIVED\"}";

    @Autowired
    OutboxRepository outbox;
    @Autowired
    ProvinceClient client;
    @Autowired
    FilingDeliveries filings;
    @Autowired
    ProvinceProperties settings;
    @Autowired
    TransactionalOperator transaction;
    @Autowired
    Clock clock;
    @Autowired
    JobLocks locks;

    @BeforeEach
    void emptyQueue() throws Exception {
        ProvinceStub.SERVER.resetAll();
        sql("truncate table sync_attempts, sync_outbox, filings, accounts restart identity cascade");
    }

    @Test
    @Tag("15.4")
    void art15FailuresOfEveryKindEndInOneDeliveryUnderOneKey() throws Exception {
        enqueue(1);
        String scenario = "flaky province";
        stubStep(scenario, Scenario.STARTED, "timeout", aResponse().withStatus(500));
        stubStep(scenario, "timeout", "reset", aResponse().withStatus(201).withFixedDelay(6000).withBody(RECEIPT));
        stubStep(scenario, "reset", "busy", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        stubStep(scenario, "busy", "ok", aResponse().withStatus(429).withHeader("Retry-After", "1"));
        stubStep(scenario, "ok", "ok", aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(RECEIPT));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            worker.deliverDue().block();
            return "DELIVERED".equals(status(1));
        });
        List<LoggedRequest> requests = ProvinceStub.SERVER.findAll(postRequestedFor(urlEqualTo("/v1/filings")));
        assertThat(requests).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo("filing-1:1"));
        assertThat(count("select count(*) from sync_attempts where outcome = 'RETRY'")).isEqualTo(4);
        assertThat(text("select receipt_number from sync_outbox where id = 1")).isEqualTo("JS2026112800001");
        // The 429 asked for a second: the next attempt waited at least that long.
        assertThat(count("""
                select count(*) from sync_attempts a join sync_attempts b on b.attempt = a.attempt + 1
                 where a.http_status = 429 and b.started_at - a.finished_at >= interval '900 milliseconds'""")).isEqualTo(1);
    }

    @Test
    void withTheProvincialSystemConfiguredDeliveryIsOn() {
        web.get().uri("/api/v1/sync/status").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.deliveryEnabled").isEqualTo(true);
    }

    @Test
    void aRepeatedAcknowledgementIsHarmless() throws Exception {
        enqueue(1);
        outbox.enqueue("FILING", null, null, "filing-1:1", "{}").block();
        ProvinceStub.SERVER.stubFor(post(urlEqualTo("/v1/filings"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(RECEIPT)));
        worker.deliverDue().block();
        worker.deliverDue().block();
        assertThat(count("select count(*) from sync_outbox")).isEqualTo(1);
        assertThat(status(1)).isEqualTo("DELIVERED");
        ProvinceStub.SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/filings")));
    }

    @Test
    void aDeliveryLostWithItsInstanceIsPickedUpAfterTheLease() throws Exception {
        enqueue(1);
        ProvinceStub.SERVER.stubFor(post(urlEqualTo("/v1/filings"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(RECEIPT)));
        // An instance claims the row and dies before it answers.
        assertThat(outbox.claim("crashed-instance", 10, Duration.ofMillis(500)).collectList().block()).hasSize(1);
        assertThat(worker.deliverDue().block()).isZero();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            worker.deliverDue().block();
            return "DELIVERED".equals(status(1));
        });
        ProvinceStub.SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/filings")));
    }

    @Test
    void twoWorkersNeverSendTheSameFilingAtTheSameTime() throws Exception {
        for (int i = 1; i <= 30; i++) {
            enqueue(i);
        }
        ProvinceStub.SERVER.stubFor(post(urlEqualTo("/v1/filings")).willReturn(aResponse().withStatus(201)
                .withFixedDelay(50).withHeader("Content-Type", "application/json").withBody(RECEIPT)));
        OutboxWorker second = new OutboxWorker(outbox, client, filings, settings, transaction, clock, locks);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Mono.zip(worker.deliverDue().subscribeOn(Schedulers.boundedElastic()),
                    second.deliverDue().subscribeOn(Schedulers.boundedElastic())).block();
            return count("select count(*) from sync_outbox where status = 'DELIVERED'") == 30;
        });
        Map<String, Long> perKey = ProvinceStub.SERVER.findAll(postRequestedFor(urlEqualTo("/v1/filings"))).stream()
                .collect(Collectors.groupingBy(request -> request.getHeader("Idempotency-Key"), Collectors.counting()));
        assertThat(perKey).hasSize(30).allSatisfy((key, times) -> assertThat(times).isEqualTo(1));
        assertThat(count("select count(distinct worker) from sync_attempts")).isEqualTo(2);
    }

    @Test
    void afterTheLastAttemptADeadLetterWaitsForAnAdministrator() throws Exception {
        enqueue(1);
        ProvinceStub.SERVER.stubFor(post(urlEqualTo("/v1/filings")).willReturn(aResponse().withStatus(503)));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            worker.deliverDue().block();
            return "DEAD".equals(status(1));
        });
        assertThat(count("select count(*) from sync_attempts")).isEqualTo(5);
        worker.deliverDue().block();
        assertThat(count("select count(*) from sync_attempts")).isEqualTo(5);

        web.post().uri("/api/v1/sync/deliveries/1/retry").headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/sync/deliveries/1/retry").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PENDING").jsonPath("$.attempts").isEqualTo(0);
        ProvinceStub.SERVER.resetAll();
        ProvinceStub.SERVER.stubFor(post(urlEqualTo("/v1/filings"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(RECEIPT)));
        worker.deliverDue().block();
        assertThat(status(1)).isEqualTo("DELIVERED");
        web.post().uri("/api/v1/sync/deliveries/1/retry").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isEqualTo(409);
    }

    private void stubStep(String scenario, String state, String next,
                          com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        ProvinceStub.SERVER.stubFor(post(urlEqualTo("/v1/filings")).withHeader("Idempotency-Key", equalTo("filing-1:1"))
                .inScenario(scenario).whenScenarioStateIs(state).willReturn(response).willSetStateTo(next));
    }

    /** A queued delivery of a filing that belongs to a seeded account (the outbox joins filings for scope). */
    private void enqueue(int n) throws Exception {
        sql("""
                insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                      status, status_changed_on)
                select 'OTHER', '测试账号%1$d', id, 'IN_HOUSE', '办公室', '王敏', 'CLOSED', current_date
                  from organizations where code = 'CC-EDU';
                insert into filings (type, account_id, host_organization_id, authority_organization_id, status, received_on,
                                     provincial_deadline, submitted_by)
                select 'OPEN', a.id, a.host_organization_id, o.competent_authority_id, 'APPROVED', current_date, current_date + 3, 't'
                  from accounts a join organizations o on o.id = a.host_organization_id where a.name = '测试账号%1$d';
                insert into sync_outbox (kind, filing_id, idempotency_key, payload)
                select 'FILING', f.id, 'filing-%1$d:1', '{"filingId": %1$d}'
                  from filings f join accounts a on a.id = f.account_id where a.name = '测试账号%1$d';
                """.formatted(n));
    }

    private static String status(long id) throws Exception {
        return text("select status from sync_outbox where id = " + id);
    }

    private static long count(String query) throws Exception {
        return Long.parseLong(text(query));
    }

    private static String text(String query) throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static void sql(String statements) throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }
}
