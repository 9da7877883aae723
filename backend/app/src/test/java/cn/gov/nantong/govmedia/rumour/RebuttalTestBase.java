package cn.gov.nantong.govmedia.rumour;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the rebuttal tests share: an active account of 崇川区教体局 made once, and a fixture on it for each test. */
abstract class RebuttalTestBase {

    static long accountId;

    @Autowired
    WebTestClient web;
    RebuttalFixture fixture;

    @BeforeAll
    static void account() throws Exception {
        accountId = RebuttalFixture.account();
    }

    @BeforeEach
    void fixture() {
        fixture = new RebuttalFixture(web, accountId);
    }
}
