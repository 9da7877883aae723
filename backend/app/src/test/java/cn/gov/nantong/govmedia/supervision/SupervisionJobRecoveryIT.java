package cn.gov.nantong.govmedia.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import reactor.test.StepVerifier;

/** Supervision jobs outlive the instance that runs them: a job whose lease ran out is taken over and finished, once. */
@IntegrationTest
class SupervisionJobRecoveryIT extends SupervisionJobTestBase {

    @Autowired
    JobSweeper sweeper;

    private Map<String, Object> awaitStatus(Object id, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> job(TestTokens.cityAdmin(), id), job -> status.equals(job.get("status")));
    }

    /** A job held by another instance, as that instance left it. */
    private static String leasedJob(String kind, String parameters, int attempts, String leaseUntil) {
        return Fixture.text("""
                insert into supervision_jobs (kind, parameters, status, progress, step, created_by, creator_roles, creator_organization,
                                              lease_owner, lease_until, attempts)
                values ('%s', '%s', 'RUNNING', 20, '正在计算年度考核结果', 'city-admin', '{CITY_ADMIN}', 'NT-GOV-OFFICE',
                        'instance-elsewhere', %s, %d) returning id""".formatted(kind, parameters, leaseUntil, attempts));
    }

    @Test
    @DisplayName("Art 32: a sampling job whose instance stopped mid-run is taken over by a sweeper and its sample drawn once")
    @Tag("32.4")
    void sampleOfAStoppedInstanceIsDrawnOnce() throws Exception {
        Object id;
        try (Connection lock = TestDatabase.connect(); Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            // The first run stops at storing the check: an instance that hangs, then loses its lease (as if it died). Share mode
            // stops inserts, not the job row's foreign-key check.
            statement.execute("lock table spot_checks in share mode");
            Map<String, Object> started = web.post().uri("/api/v1/supervision/jobs").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "SPOT_CHECK_SAMPLE", "quarter", "2025-Q4")).exchange()
                    .expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();
            id = started.get("id");
            awaitStatus(id, "RUNNING");
            Fixture.exec("update supervision_jobs set lease_owner = 'instance-that-died', lease_until = now() - interval '1 second'"
                    + " where id = " + id);

            StepVerifier.create(sweeper.sweep()).expectNextMatches(taken -> taken <= 1).verifyComplete();
            assertThat(Fixture.text("select lease_owner from supervision_jobs where id = " + id)).isNotEqualTo("instance-that-died");
            lock.commit();
        }

        Map<String, Object> done = awaitStatus(id, "SUCCEEDED");
        assertThat(done).containsEntry("progress", 100).containsEntry("errorCode", null);
        assertThat(Fixture.text("select count(*) from spot_checks where quarter = '2025-Q4'")).isEqualTo("1");
        assertThat(Fixture.text("select id from spot_checks where quarter = '2025-Q4'")).isEqualTo(done.get("spotCheckId").toString());
        assertThat(Fixture.text("select count(*) from spot_check_accounts")).isEqualTo("2");
        assertThat(Fixture.text("select count(*) from audit_events where entity_type = 'spot_check' and action = 'CREATE'")).isEqualTo("1");
        assertThat(Fixture.text("select attempts from supervision_jobs where id = " + id)).isEqualTo("2");
    }

    @Test
    @DisplayName("A job whose lease another instance holds is left to it; once the lease runs out it is run as its creator")
    void liveLeaseIsNotTaken() {
        String id = leasedJob("ASSESSMENT_NOTICE", "{\"year\": 2025, \"format\": \"HTML\"}", 1, "now() + interval '1 hour'");

        StepVerifier.create(sweeper.sweep()).expectNext(0L).verifyComplete();
        assertThat(Fixture.text("select lease_owner || ' ' || attempts || ' ' || status from supervision_jobs where id = " + id))
                .isEqualTo("instance-elsewhere 1 RUNNING");
        assertThat(job(TestTokens.cityAdmin(), id)).containsEntry("status", "RUNNING").containsEntry("progress", 20);

        Fixture.exec("update supervision_jobs set lease_until = now() - interval '1 second' where id = " + id);
        StepVerifier.create(sweeper.sweep()).expectNextMatches(taken -> taken <= 1).verifyComplete();
        assertThat(awaitStatus(id, "SUCCEEDED")).containsEntry("fileName", "2025年度政务新媒体考核结果通报.html");
        byte[] html = web.get().uri("/api/v1/supervision/jobs/{id}/file", id).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        // The creator's city-wide scope: every county's organizations are ranked.
        assertThat(new String(html, StandardCharsets.UTF_8)).contains("南通市崇川区教育体育局", "如东县文化广电和旅游局");
        assertThat(Fixture.text("select attempts from supervision_jobs where id = " + id)).isEqualTo("2");
    }

    @Test
    @DisplayName("A job whose instances stopped three times is FAILED, with the reason in Chinese")
    void jobIsFailedAfterThreeAttempts() {
        String id = leasedJob("ASSESSMENT_NOTICE", "{\"year\": 2025, \"format\": \"PDF\"}", 3, "now() - interval '1 second'");

        StepVerifier.create(sweeper.sweep()).expectNext(0L).verifyComplete();
        assertThat(job(TestTokens.cityAdmin(), id)).containsEntry("status", "FAILED").containsEntry("errorCode", "JOB_ATTEMPTS_EXHAUSTED")
                .containsEntry("errorDetail", "任务已执行 3 次，均因服务实例中断未能完成，请重新发起");
        assertThat(job(TestTokens.cityAdmin(), id).get("finishedAt")).isNotNull();
    }
}
