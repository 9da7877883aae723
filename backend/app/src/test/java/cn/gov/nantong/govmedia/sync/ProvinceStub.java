package cn.gov.nantong.govmedia.sync;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The provincial filing-check system, played by WireMock along `openapi/provincial-filing-check.yaml`. */
final class ProvinceStub {

    static final WireMockServer SERVER = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        SERVER.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SERVER::stop));
    }

    private ProvinceStub() {
    }

    /** Points the app at the stub with quick retries, and keeps the scheduler out of the tests' way. */
    static void register(DynamicPropertyRegistry properties) {
        properties.add("govmedia.province.base-url", SERVER::baseUrl);
        properties.add("govmedia.province.max-attempts", () -> "5");
        properties.add("govmedia.province.initial-backoff", () -> "PT0.01S");
        properties.add("govmedia.province.max-backoff", () -> "PT0.05S");
        properties.add("govmedia.province.attempt-timeout", () -> "PT5S");
        properties.add("govmedia.province.lease", () -> "PT2S");
        properties.add("govmedia.province.poll-initial-delay", () -> "PT1H");
    }
}
