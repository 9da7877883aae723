package cn.gov.nantong.govmedia.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One access line per request, carrying the request id the caller sees: errors and writes at INFO, routine successful
 * reads at DEBUG only (issue 8: logging every public read cost a fifth of the throughput).
 */
@IntegrationTest
class AccessLogIT {

    private final Logger access = (Logger) LoggerFactory.getLogger("govmedia.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level before;

    @Autowired
    WebTestClient web;

    @BeforeEach
    void capture() {
        before = access.getLevel();
        access.setLevel(Level.INFO);
        lines.start();
        access.addAppender(lines);
    }

    @AfterEach
    void release() {
        access.detachAppender(lines);
        access.setLevel(before);
    }

    @Test
    void errorsAndWritesAreLoggedAtInfoWithTheirRequestIdRoutineReadsAtDebug() {
        web.get().uri("/api/public/v1/faqs").header("X-Request-Id", "routine-read-0001").exchange().expectStatus().isOk();
        web.get().uri("/api/public/v1/rumour-rebuttals/999999").header("X-Request-Id", "missing-item-0001").exchange()
                .expectStatus().isNotFound();
        web.post().uri("/api/public/v1/complaints").header("X-Request-Id", "bad-write-0001").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isBadRequest();
        web.get().uri("/api/v1/me").header("X-Request-Id", "refused-0001").exchange().expectStatus().isUnauthorized();

        await().atMost(Duration.ofSeconds(10)).until(() -> lineOf("refused-0001") != null);
        assertThat(lineOf("missing-item-0001")).contains("GET /api/public/v1/rumour-rebuttals/999999 status=404");
        assertThat(lineOf("bad-write-0001")).contains("POST /api/public/v1/complaints status=400");
        assertThat(lineOf("refused-0001")).contains("status=401");
        assertThat(lineOf("routine-read-0001")).isNull();

        access.setLevel(Level.DEBUG);
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).header("X-Request-Id", "debug-read-0001")
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).until(() -> lineOf("debug-read-0001") != null);
        assertThat(captured()).filteredOn(line -> line.getFormattedMessage().contains("debug-read-0001"))
                .singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.DEBUG);
    }

    private String lineOf(String requestId) {
        return captured().stream().map(ILoggingEvent::getFormattedMessage).filter(line -> line.contains("requestId=" + requestId + " "))
                .findFirst().orElse(null);
    }

    /** The appender adds under its own lock (AppenderBase.doAppend), on event-loop threads. */
    private List<ILoggingEvent> captured() {
        synchronized (lines) {
            return List.copyOf(lines.list);
        }
    }
}
