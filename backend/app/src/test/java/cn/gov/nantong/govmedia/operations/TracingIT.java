package cn.gov.nantong.govmedia.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.support.StandaloneApp;
import cn.gov.nantong.govmedia.support.TestDatabase;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;

/** Issue 17: tracing is off unless switched on; on, the spans of a request reach the OTLP collector (WireMock plays it). */
class TracingIT {

    @Test
    @DisplayName("by default no span is exported anywhere, nor made: the tracer is the no-op one and no handler sees requests")
    void offByDefault() {
        try (ConfigurableApplicationContext app = StandaloneApp.start(TestDatabase.url())) {
            assertThat(app.getBeanNamesForType(SpanExporter.class)).isEmpty();
            assertThat(app.getBean(Tracer.class)).isSameAs(Tracer.NOOP);
            assertThat(app.getBeanNamesForType(TracingObservationHandler.class)).isEmpty();
        }
    }

    @Test
    @DisplayName("switched on, a public request's spans are sent over OTLP with its trace id in the traceparent header")
    void exportsSpansOverOtlp() {
        WireMockServer collector = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        collector.start();
        collector.stubFor(post(urlEqualTo("/v1/traces")).willReturn(aResponse().withStatus(200)));
        try (ConfigurableApplicationContext app = StandaloneApp.start(TestDatabase.url(), "management.tracing.export.enabled=true",
                "management.tracing.sampling.probability=1.0",
                "management.opentelemetry.tracing.export.otlp.endpoint=" + collector.baseUrl() + "/v1/traces",
                "management.opentelemetry.tracing.export.schedule-delay=100ms")) {
            String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
            int status = WebClient.create(StandaloneApp.baseUrl(app)).get().uri("/api/public/v1/faqs?q=办理")
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())).block(Duration.ofSeconds(30));
            assertThat(status).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> collector.findAll(postRequestedFor(urlEqualTo("/v1/traces"))).stream()
                    .anyMatch(request -> containsTraceId(request.getBody(), traceId)));
        } finally {
            collector.stop();
        }
    }

    /** The OTLP protobuf carries the trace id as its 16 raw bytes. */
    private static boolean containsTraceId(byte[] body, String traceId) {
        byte[] id = java.util.HexFormat.of().parseHex(traceId);
        for (int i = 0; i + id.length <= body.length; i++) {
            if (java.util.Arrays.equals(body, i, i + id.length, id, 0, id.length)) {
                return true;
            }
        }
        return false;
    }
}
