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

    private static final String FILING_FOR_EACH_PLATFORM = """
            insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                  status, status_changed_on)
            select p, '变化流' || p, id, 'IN_HOUSE', '办公室', '王敏', 'ACTIVE', current_date
              from organizations, unnest(array[%1$s]) as p where code = 'CC-EDU';
            insert into filings (type, account_id, host_organization_id, authority_organization_id, status, received_on,
                                 provincial_deadline, submitted_by)
            select 'OPEN', a.id, a.host_organization_id, o.competent_authority_id, 'SUBMITTED', current_date,
                   current_date + 3, 't'
              from accounts a join organizations o on o.id = a.host_organization_id
             where a.platform in (%1$s)""";

    @Autowired
    WebTestClient web;

    @Test
    @Tag("15.6")
    void aReaderPagingDuringConcurrentWritesSeesEveryChangeExactlyOnce() throws Exception {
        String cursor = endCursor();
        long before = ids("select coalesce(max(position), 0) from filing_changes").get(0);
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute(FILING_FOR_EACH_PLATFORM.formatted("'WEIBO', 'DOUYIN', 'KUAISHOU', 'TOUTIAO'"));
        }
        List<Long> filingIds = ids("""
                select f.id from filings f join accounts a on a.id = f.account_id
                 where a.platform in ('WEIBO', 'DOUYIN', 'KUAISHOU', 'TOUTIAO') order by f.id""");
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

        List<Long> committed = ids("select position from filing_changes where position > " + before + " order by position");
        assertThat(committed).hasSize(filingIds.size() + WRITERS * CHANGES_PER_WRITER);
        assertThat(seen).containsExactlyElementsOf(committed);
    }

    @Test
    @Tag("15.6")
    void aChangeThatCommitsLateComesAfterTheOnesAlreadyReadAndNoWriterWaits() throws Exception {
        try (Connection slow = TestDatabase.connect(); Connection quick = TestDatabase.connect();
             Statement slowStatement = slow.createStatement(); Statement quickStatement = quick.createStatement()) {
            quickStatement.execute(FILING_FOR_EACH_PLATFORM.formatted("'BILIBILI', 'XIAOHONGSHU'"));
            List<Long> filingIds = ids("""
                    select f.id from filings f join accounts a on a.id = f.account_id
                     where a.platform in ('BILIBILI', 'XIAOHONGSHU') order by f.id""");
            String start = endCursor();

            slow.setAutoCommit(false);
            slowStatement.execute("update filings set version = version + 1 where id = " + filingIds.get(0));
            // with the former writer lock this waited for the slow transaction and failed on the timeout
            quickStatement.execute("set statement_timeout = '2s'");
            quickStatement.execute("update filings set version = version + 1 where id = " + filingIds.get(1));
            Page quickOnly = page(start);
            assertThat(quickOnly.changes()).extracting(Change::filingId).containsExactly(filingIds.get(1));

            slow.commit();
            Page late = page(quickOnly.nextCursor());
            assertThat(late.changes()).extracting(Change::filingId).containsExactly(filingIds.get(0));
            assertThat(late.changes().get(0).sequence()).isGreaterThan(quickOnly.changes().get(0).sequence());
        }
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

    /** The cursor after the last change so far. */
    private String endCursor() {
        Page page = page(null);
        while (page.hasMore()) {
            page = page(page.nextCursor());
        }
        return page.nextCursor();
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
