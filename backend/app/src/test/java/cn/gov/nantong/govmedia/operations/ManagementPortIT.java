package cn.gov.nantong.govmedia.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Metrics and health details on the management port only; the probes stay on the API port. */
@IntegrationTest
class ManagementPortIT {

    @Autowired
    WebTestClient web;
    @LocalManagementPort
    int managementPort;

    @Test
    @DisplayName("the API port answers the liveness and readiness probes but serves no metrics")
    void apiPort() {
        web.get().uri("/livez").exchange().expectStatus().isOk();
        web.get().uri("/readyz").exchange().expectStatus().isOk();
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
    }

    @Test
    @DisplayName("the management port serves the business metrics the alert rules use")
    void managementPort() {
        web.get().uri("/api/public/v1/faqs?q=办理").exchange().expectStatus().isOk();
        String metrics = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("http_server_requests_seconds_bucket{", "govmedia_outbox_backlog", "govmedia_outbox_dead_letters", "govmedia_filings_overdue",
                "govmedia_complaints_overdue", "govmedia_public_rate_limited_total");
    }
}
