package cn.gov.nantong.govmedia.changefeed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The provincial client pages through every committed filing change, in commit order, none skipped or repeated. */
@IntegrationTest
class ChangeFeedIT {

    private static final int WRITERS = 4;
    private static final int CHANGES_PER_WRITER = 60;

    @Autowired
    WebTestClient web;

    @Test
    @Tag("15.6")
    void aReaderPagingDuringConcurrentWritesSeesEveryChangeExactlyOnce() throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                          status, status_changed_on)
                    select p, '变化流' || p, id, 'IN_HOUSE', '办公室', '王敏', 'ACTIVE', current_date
                      from organizations, unnest(array['WEIBO', 'DOUYIN', 'KUAISHOU', 'TOUTIAO']) as p where code = 'CC-EDU';
                    insert into filings (type, account_id, host_organization_id, authority_organization_id, status, received_on,
                                         provincial_deadline, submitted_by)
                    select 'OPEN', a.id, a.host_organization_id, o.competent_authority_id, 'SUBMITTED', current_date,
                           current_date + 3, 't'
                      from accounts a join organizations o on o.id = a.host_organization_id""");
        }
        List<Long> filingIds = ids("select id from filings order by id");
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long filingId = filingIds.get(w);
            done.add(writers.submit(() -> {
                try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
                    for (int i = 0; i < CHANGES_PER_WRITER; i++) {
                        statement.execute("update filings set version = version + 1 where id = " + filingId);
                    }
                }
                return null;
            }));
        }
        writers.submit(() -> {
            for (Future<?> writer : done) {
                writer.get();
            }
            writing.set(false);
            return null;
        });

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        boolean lastRound = false;
        while (true) {
            boolean finishedBeforeThisPage = !writing.get();
            Page page = page(cursor);
            page.changes().forEach(change -> seen.add(change.sequence()));
            page.changes().forEach(change -> assertThat(change.filing().get("id").asLong()).isEqualTo(change.filingId()));
            cursor = page.nextCursor();
            if (page.changes().isEmpty() && finishedBeforeThisPage) {
                if (lastRound) {
                    break;
                }
                lastRound = true;
            }
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Long> committed = ids("select id from filing_changes order by id");
        assertThat(committed).hasSize(filingIds.size() + WRITERS * CHANGES_PER_WRITER);
        assertThat(seen).containsExactlyElementsOf(committed);
    }

    @Test
    void aForgedCursorIsRefusedAndUserTokensAreNotTheProvince() {
        web.get().uri("/api/sync/v1/filings/changes?cursor=not-a-cursor").headers(h -> h.setBearerAuth(TestTokens.syncClient()))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        web.get().uri("/api/sync/v1/filings/changes").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/sync/v1/accounts").headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/sync/v1/filings/changes").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(TestTokens.syncClient()))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/sync/deliveries").headers(h -> h.setBearerAuth(TestTokens.syncClient()))
                .exchange().expectStatus().isForbidden();
    }

    /** The page as a client reads it: the filing is a JSON object. */
    record Change(long sequence, long filingId, JsonNode filing) {
    }

    record Page(List<Change> changes, String nextCursor, boolean hasMore) {
    }

    private Page page(String cursor) {
        return web.get().uri(cursor == null ? "/api/sync/v1/filings/changes?limit=7" : "/api/sync/v1/filings/changes?limit=7&cursor=" + cursor)
                .headers(h -> h.setBearerAuth(TestTokens.syncClient())).exchange()
                .expectStatus().isOk().expectBody(Page.class).returnResult().getResponseBody();
    }

    private static List<Long> ids(String query) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
