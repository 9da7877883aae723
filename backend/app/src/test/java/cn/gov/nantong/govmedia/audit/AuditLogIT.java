package cn.gov.nantong.govmedia.audit;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The audit log: append-only events, sealed after commit into a Merkle tree with signed heads. Any later edit or removal
 * is found by the verification, and the proofs check against a signed head with nothing but the RFC's algorithms.
 */
@IntegrationTest
class AuditLogIT {

    private static final HexFormat HEX = HexFormat.of();

    @Autowired
    WebTestClient web;

    @Autowired
    AuditSealer sealer;

    @Test
    void proofsCheckAgainstTheSignedHeadWithTheRfcAlgorithms() throws SQLException {
        renameThreeTimes();
        sealer.sealAll().block();
        SignedTreeHead three = treeHead();
        long size = three.treeSize();
        assertThat(size).isGreaterThanOrEqualTo(3);
        assertThat(TreeHeadSigner.verify(three.publicKey(), three.signedText(), three.signature())).isTrue();
        assertThat(TreeHeadSigner.verify(three.publicKey(), TreeHeadSigner.signedText(size + 1, three.signedAt(), three.rootHash()),
                three.signature())).isFalse();

        long lastId = lastEventId();
        AuditProofs.Inclusion proof = inclusion(lastId - 1, null);
        byte[] leaf = MerkleTree.leafHash(HEX.parseHex(proof.eventHash()));
        assertThat(RfcMerkleVerifier.inclusion(proof.leafIndex(), size, leaf, bytes(proof.auditPath()), HEX.parseHex(three.rootHash())))
                .isTrue();
        assertThat(RfcMerkleVerifier.inclusion(proof.leafIndex(), size, MerkleTree.leafHash(new byte[32]), bytes(proof.auditPath()),
                HEX.parseHex(three.rootHash()))).isFalse();

        // the three events are sealed together: no head of a size in between, which the last request below relies on
        try (Connection holdingTheSealer = TestDatabase.connect(); Statement statement = holdingTheSealer.createStatement()) {
            statement.execute("select pg_advisory_lock(" + AuditTreeRepository.SEALER_LOCK + ")");
            renameThreeTimes();
        }
        sealer.sealAll().block();
        SignedTreeHead six = treeHead();
        assertThat(six.treeSize()).isEqualTo(size + 3);
        AuditProofs.Consistency consistency = web.get().uri("/api/v1/audit-log/consistency-proof?from={from}&to={to}", size, size + 3)
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isOk().expectBody(AuditProofs.Consistency.class).returnResult().getResponseBody();
        assertThat(consistency.from()).isEqualTo(three);
        assertThat(RfcMerkleVerifier.consistency(size, size + 3, HEX.parseHex(three.rootHash()), HEX.parseHex(six.rootHash()),
                bytes(consistency.proof()))).isTrue();
        AuditProofs.Inclusion inOld = inclusion(lastId, size);
        assertThat(RfcMerkleVerifier.inclusion(inOld.leafIndex(), size, MerkleTree.leafHash(HEX.parseHex(inOld.eventHash())),
                bytes(inOld.auditPath()), HEX.parseHex(three.rootHash()))).isTrue();

        web.get().uri("/api/v1/audit-events/{id}/inclusion-proof?treeSize={size}", lastEventId(), size)
                .headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/audit-events/{id}/inclusion-proof", lastEventId() + 1000).headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/audit-log/consistency-proof?from={from}&to={to}", size + 1, size + 3)
                .headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void writersDoNotWaitForEachOtherAndEventsArePlacedInTheOrderTheyCommit() throws SQLException {
        try (Connection slow = TestDatabase.connect(); Connection quick = TestDatabase.connect(); Connection sealing = TestDatabase.connect();
             Statement slowStatement = slow.createStatement(); Statement quickStatement = quick.createStatement();
             Statement sealingStatement = sealing.createStatement()) {
            slow.setAutoCommit(false);
            slowStatement.execute(insertEvent("slow"));
            // with the former chain lock this waited for the slow transaction and failed on the timeout
            quickStatement.execute("set statement_timeout = '2s'");
            sealingStatement.execute("select pg_advisory_lock(" + AuditTreeRepository.SEALER_LOCK + ")");
            quickStatement.execute(insertEvent("quick"));
            long quickId = lastEventId();
            web.get().uri("/api/v1/audit-events/{id}/inclusion-proof", quickId).headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                    .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("AUDIT_EVENT_NOT_SEALED");
            sealingStatement.execute("select pg_advisory_unlock(" + AuditTreeRepository.SEALER_LOCK + ")");
            sealer.sealAll().block();
            long quickLeaf = inclusion(quickId, null).leafIndex();

            slow.commit();
            sealer.sealAll().block();
            assertThat(lastEventId()).isEqualTo(quickId);
            assertThat(inclusion(quickId - 1, null).leafIndex()).isEqualTo(quickLeaf + 1);
        }
        assertThat(verification().intact()).isTrue();
    }

    @Test
    void onlyCityAdminAndAuditorReadTheLog() {
        web.get().uri("/api/v1/audit-events").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/audit-events/verification").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/v1/audit-log/tree-head").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/v1/audit-events").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isOk();
    }

    private void renameThreeTimes() {
        for (String name : new String[] {"崇川区", "崇川", "崇川区政府"}) {
            web.patch().uri("/api/v1/organizations/{id}", idOf("CC-GOV")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("shortName", name))
                    .exchange().expectStatus().isOk();
        }
    }

    private SignedTreeHead treeHead() {
        return web.get().uri("/api/v1/audit-log/tree-head").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody(SignedTreeHead.class).returnResult().getResponseBody();
    }

    static long lastEventId() {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select max(id) from audit_events")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String insertEvent(String actor) {
        return "insert into audit_events (actor, action, entity_type, entity_id, hash) values ('" + actor + "', 'TEST', 'test', '1', '')";
    }

    private AuditProofs.Inclusion inclusion(long eventId, Long treeSize) {
        return web.get().uri(uri -> uri.path("/api/v1/audit-events/{id}/inclusion-proof").queryParamIfPresent("treeSize",
                        java.util.Optional.ofNullable(treeSize)).build(eventId))
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody(AuditProofs.Inclusion.class).returnResult().getResponseBody();
    }

    private AuditVerification verification() {
        return web.get().uri("/api/v1/audit-events/verification").headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectStatus().isOk()
                .expectBody(AuditVerification.class).returnResult().getResponseBody();
    }

    private static List<byte[]> bytes(List<String> hex) {
        return hex.stream().map(HEX::parseHex).toList();
    }

}
