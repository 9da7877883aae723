package cn.gov.nantong.govmedia.sync;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Tests of the outbox with the province played by {@link ProvinceStub}; they run the worker themselves. */
abstract class ProvinceStubTestBase {

    @DynamicPropertySource
    static void province(DynamicPropertyRegistry properties) {
        ProvinceStub.register(properties);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    OutboxWorker worker;
}
