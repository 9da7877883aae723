package cn.gov.nantong.govmedia.changefeed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.account.AccountResponse;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The NDJSON snapshot, written in batches of lines, holds every account once, in id order, each line a whole account. */
@IntegrationTest
class AccountSnapshotIT {

    private static final int ACCOUNTS = 450;

    @Autowired
    WebTestClient web;

    @Test
    @Tag("15.6")
    void everyAccountIsOneWholeLineInIdOrderAcrossBatches() throws Exception {
        Map<Long, String> expected = new LinkedHashMap<>();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                          status, status_changed_on)
                    select 'OTHER', '快照 "引号" 账号' || n, o.id, 'IN_HOUSE', '办公室', '王敏', 'CLOSED', current_date
                      from generate_series(1, %d) as n, organizations o where o.code = 'CC-EDU'""".formatted(ACCOUNTS));
            try (ResultSet rows = statement.executeQuery("select id, name from accounts order by id")) {
                while (rows.next()) {
                    expected.put(rows.getLong("id"), rows.getString("name"));
                }
            }
        }
        var lines = web.get().uri("/api/sync/v1/accounts").accept(MediaType.APPLICATION_NDJSON)
                .headers(h -> h.setBearerAuth(TestTokens.syncClient()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
                .returnResult(AccountResponse.class).getResponseBody().collectList().block();

        assertThat(expected).hasSizeGreaterThanOrEqualTo(ACCOUNTS);
        assertThat(lines).extracting(AccountResponse::id).containsExactlyElementsOf(expected.keySet());
        assertThat(lines).extracting(AccountResponse::name).containsExactlyElementsOf(expected.values());
        assertThat(lines).allSatisfy(account -> assertThat(account.hostOrganizationName()).isEqualTo("南通市崇川区教育体育局"));
    }
}
