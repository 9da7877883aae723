package cn.gov.nantong.govmedia.changefeed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * The NDJSON snapshot streams from a database cursor: 100,000 accounts pass through a JVM whose heap is capped
 * at 256 MiB (this class runs in its own surefire execution with -Xmx256m), and the client counts lines as they come.
 */
@IntegrationTest
class AccountSnapshotStreamingIT {

    private static final int ACCOUNTS = 100_000;

    @Autowired
    WebTestClient web;

    @Test
    void hundredThousandAccountsStreamWithinASmallHeap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                          status, status_changed_on, certification_subject)
                    select 'OTHER', '快照账号' || n, o.id, 'IN_HOUSE', '某某单位办公室', '王敏',
                           case when n = 1 then 'ACTIVE' when n %% 2 = 0 then 'CLOSED' else 'CANCELLED' end, current_date, '南通市某某单位' || n
                      from generate_series(1, %d) as n, organizations o where o.code = 'CC-EDU'""".formatted(ACCOUNTS));
        }
        AtomicLong lines = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        var body = web.mutate().responseTimeout(Duration.ofMinutes(2)).build()
                .get().uri("/api/sync/v1/accounts").accept(MediaType.APPLICATION_NDJSON)
                .headers(h -> h.setBearerAuth(TestTokens.syncClient()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
                .returnResult(DataBuffer.class).getResponseBody();
        StepVerifier.create(body.doOnNext(buffer -> {
                    bytes.addAndGet(buffer.readableByteCount());
                    for (int i = buffer.readPosition(); i < buffer.writePosition(); i++) {
                        if (buffer.getByte(i) == '\n') {
                            lines.incrementAndGet();
                        }
                    }
                    DataBufferUtils.release(buffer);
                }).then())
                .expectComplete()
                .verify(Duration.ofMinutes(2));
        assertThat(lines.get()).isEqualTo(ACCOUNTS);
        assertThat(bytes.get()).isGreaterThan(256L * 1024 * 1024 / 10);
    }
}
