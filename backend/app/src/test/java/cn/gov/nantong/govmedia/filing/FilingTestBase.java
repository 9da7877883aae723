package cn.gov.nantong.govmedia.filing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Filing tests: the API client and the filing requests built on it. */
abstract class FilingTestBase {

    @Autowired
    WebTestClient web;

    FilingRequests requests;

    @BeforeEach
    void requests() {
        requests = new FilingRequests(web);
    }
}
