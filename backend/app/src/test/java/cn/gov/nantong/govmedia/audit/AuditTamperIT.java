package cn.gov.nantong.govmedia.audit;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Someone with the database owner's rights edits history: the verification names what was touched. */
@IntegrationTest
class AuditTamperIT {

    @Autowired
    WebTestClient web;

    @Autowired
    AuditSealer sealer;

    @Test
    void anAlteredOrRemovedEventAndARewrittenTreeAreDetected() throws SQLException {
        renameThreeTimes();
        sealer.sealAll().block();
        assertThat(verification()).isEqualTo(new AuditVerification(true, 3, null, 3, true, true, 0));

        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update audit_events set actor = 'someone-else' where id = 2"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("delete from audit_events where id = 2")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("delete from audit_leaves where event_id = 2")).hasMessageContaining("append-only");
            // An attacker with owner rights switches the guard off and rewrites history.
            statement.execute("alter table audit_events disable trigger audit_events_append_only");
            statement.execute("update audit_events set actor = 'someone-else' where id = 2");
            statement.execute("alter table audit_events enable trigger audit_events_append_only");
        }
        assertThat(verification()).isEqualTo(new AuditVerification(false, 3, 2L, 3, true, true, 0));

        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("alter table audit_events disable trigger all");
            statement.execute("delete from audit_events where id = 3");
            statement.execute("alter table audit_events enable trigger all");
        }
        assertThat(verification()).isEqualTo(new AuditVerification(false, 2, 2L, 3, true, true, 0));

        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            // the leaf of event 1 replaced: the recomputed root no longer matches the signed one
            statement.execute("alter table audit_tree_nodes disable trigger all");
            statement.execute("update audit_tree_nodes set hash = sha256(hash) where level = 0 and index = 0");
            statement.execute("alter table audit_tree_nodes enable trigger all");
        }
        AuditVerification rewritten = verification();
        assertThat(rewritten.intact()).isFalse();
        assertThat(rewritten.firstBrokenId()).isEqualTo(1L);
        assertThat(rewritten.rootIntact()).isFalse();
    }

    private void renameThreeTimes() {
        for (String name : new String[] {"崇川区", "崇川", "崇川区政府"}) {
            web.patch().uri("/api/v1/organizations/{id}", idOf("CC-GOV")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("shortName", name))
                    .exchange().expectStatus().isOk();
        }
    }

    private AuditVerification verification() {
        return web.get().uri("/api/v1/audit-events/verification").headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectStatus().isOk()
                .expectBody(AuditVerification.class).returnResult().getResponseBody();
    }
}
