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

/** The audit trail is append-only and its hash chain exposes any later edit. */
@IntegrationTest
class AuditChainIT {

    @Autowired
    WebTestClient web;

    @Test
    void chainVerifiesAndATamperedRowIsDetected() throws SQLException {
        for (String name : new String[] {"崇川区", "崇川", "崇川区政府"}) {
            web.patch().uri("/api/v1/organizations/{id}", idOf("CC-GOV")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("shortName", name))
                    .exchange().expectStatus().isOk();
        }
        AuditVerification intact = verification();
        assertThat(intact).isEqualTo(new AuditVerification(true, 3, null));

        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update audit_events set actor = 'someone-else' where id = 2"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("delete from audit_events where id = 2"))
                    .hasMessageContaining("append-only");
            // An attacker with owner rights switches the guard off and rewrites history.
            statement.execute("alter table audit_events disable trigger audit_events_append_only");
            statement.execute("update audit_events set actor = 'someone-else' where id = 2");
            statement.execute("alter table audit_events enable trigger audit_events_append_only");
        }
        assertThat(verification()).isEqualTo(new AuditVerification(false, 3, 2L));
    }

    @Test
    void onlyCityAdminAndAuditorReadTheTrail() {
        web.get().uri("/api/v1/audit-events").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/audit-events/verification").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/v1/audit-events").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isOk();
    }

    private AuditVerification verification() {
        return web.get().uri("/api/v1/audit-events/verification").headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectStatus().isOk()
                .expectBody(AuditVerification.class).returnResult().getResponseBody();
    }
}
