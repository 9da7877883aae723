package cn.gov.nantong.govmedia.filing;

import static cn.gov.nantong.govmedia.filing.FilingRequests.account;
import static cn.gov.nantong.govmedia.filing.FilingRequests.open;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
/** The register's rules of Art 7, 12, 13 and 25, as an OPEN filing meets them. */
@IntegrationTest
class AccountRulesIT extends FilingTestBase {

    @Test
    @Tag("12.1")
    void art12SecondLiveAccountOnOnePlatformIsRefused() {
        requests.filed(TestTokens.ccOperator(), open(account("WEIBO", "崇川教育")));
        requests.submit(TestTokens.ccOperator(), open(account("WEIBO", "崇川教育发布"))).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.article").isEqualTo("Art 12")
                .jsonPath("$.detail").isEqualTo("同一主办单位在同一平台只能开设一个政务新媒体账号（《办法》第十二条）");
    }

    @Test
    @Tag("12.1")
    void art12ConcurrentOpensForOneHostAndPlatformYieldExactlyOneSuccess() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            Callable<Integer> call = () -> {
                start.await();
                return requests.submit(TestTokens.ccOperator(), open(account("DOUYIN", "崇川教育" + n)))
                        .returnResult(String.class).getStatus().value();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    @Tag("12.4")
    void art12InternalUnitsCannotHost() {
        requests.submit(TestTokens.user("edu-office", "NT-EDU-OFFICE", "OPERATOR"), open(account("WECHAT_OFFICIAL", "教育局办公室")))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("INTERNAL_UNIT_CANNOT_HOST").jsonPath("$.article").isEqualTo("Art 12");
    }

    @Test
    @Tag("13.1")
    void art13AppsMustSupportIpv6() {
        Map<String, Object> app = account("MOBILE_APP", "崇川教育 App");
        app.put("ipv6Supported", false);
        requests.submit(TestTokens.ccOperator(), open(app)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.article").isEqualTo("Art 13");
    }

    @Test
    @Tag("25.1")
    void art25NewsOrAudioVideoNeedsTheLicence() {
        Map<String, Object> channel = account("WECHAT_CHANNELS", "崇川教育视频号");
        channel.put("offersAudioVideo", true);
        requests.submit(TestTokens.ccOperator(), open(channel)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.article").isEqualTo("Art 25");
    }

    @Test
    @Tag("7.1")
    @Tag("7.2")
    void art7ContractedOperatorNeedsBothAgreements() {
        Map<String, Object> contracted = account("KUAISHOU", "崇川教育快手号");
        contracted.put("operatorType", "CONTRACTED");
        contracted.put("contractSignedOn", "2026-01-05");
        requests.submit(TestTokens.ccOperator(), open(contracted)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.article").isEqualTo("Art 7");
    }

    @Test
    @Tag("14.3")
    void differentNamesAcrossPlatformsAreWarnedAbout() {
        requests.filed(TestTokens.ccOperator(), open(account("WECHAT_CHANNELS", "崇川教育")));
        FilingResponse second = requests.filed(TestTokens.ccOperator(), open(account("KUAISHOU", "崇川教体")));
        assertThat(second.warnings()).anySatisfy(warning -> assertThat(warning).contains("名称不一致"));
    }
}
