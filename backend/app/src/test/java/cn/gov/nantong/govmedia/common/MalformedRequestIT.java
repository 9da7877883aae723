package cn.gov.nantong.govmedia.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/** Requests the API fuzzer found answered with a 500 or a bare error: each is now a problem a client can read. */
@IntegrationTest
class MalformedRequestIT {

    @Autowired
    WebTestClient web;
    @LocalServerPort
    int port;
    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    private WebTestClient.ResponseSpec get(String rawUri, String accept) {
        return web.get().uri(URI.create("http://127.0.0.1:" + port + rawUri)).header(HttpHeaders.ACCEPT, accept)
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange();
    }

    @Test
    void aNulInAQueryParameterIsABadRequestNamingIt() {
        get("/api/v1/accounts?q=a%00b", "application/json").expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q").jsonPath("$.errors[0].code").isEqualTo("ControlCharacter");
    }

    @Test
    void aBlankPathSegmentIsNotFound() {
        get("/api/v1/lexicons/%20/terms", "application/json").expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json").expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void anUnparsableAcceptHeaderIsABadRequest() {
        get("/api/v1/organizations", "garbage").expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_ACCEPT").jsonPath("$.title").isEqualTo("Accept 请求头格式错误");
    }

    @Test
    void anEscapedLetterInThePathStillFindsItsOperation() {
        assertThat(mappings).hasSize(2).allSatisfy(mapping -> assertThat(mapping.getClass().getName()).endsWith("PathFirstMappings$Mapping"));
        get("/api/v1/organization%73/1", "application/json").expectStatus().isOk();
        get("/api/v1/organization%73", "application/json").expectStatus().isOk();
    }

    @Test
    void aPathTheFirewallRefusesIsAProblem() {
        get("/api/v1/organizations/1;drop", "application/json").expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json").expectBody().jsonPath("$.code").isEqualTo("REQUEST_REJECTED");
    }
}
