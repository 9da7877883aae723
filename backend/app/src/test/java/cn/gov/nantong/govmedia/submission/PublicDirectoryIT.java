package cn.gov.nantong.govmedia.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The public directory a mobile client addresses submissions with, its caching, and gzip on the public JSON. */
@IntegrationTest
class PublicDirectoryIT {

    @Autowired
    WebTestClient web;

    @LocalServerPort
    int port;

    @Test
    @DisplayName("Art 30: organizations come as a tree by parentId, without internal units, with an ETag that answers 304")
    @Tag("30.1")
    void organizationsTree() {
        long ccHealth = Organizations.idOf("CC-HEALTH");
        var answer = web.get().uri("/api/public/v1/directory/organizations").exchange().expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic())
                .expectBody()
                .jsonPath("$[0].parentId").doesNotExist()
                .jsonPath("$[?(@.id == " + ccHealth + ")].parentId").isEqualTo((int) Organizations.idOf("CC-GOV"))
                .jsonPath("$[?(@.id == " + ccHealth + ")].name").isEqualTo("南通市崇川区卫生健康委员会")
                .jsonPath("$[?(@.type == 'INTERNAL_UNIT')]").isEmpty()
                .returnResult();
        String etag = answer.getResponseHeaders().getETag();
        assertThat(etag).startsWith("\"");
        web.get().uri("/api/public/v1/directory/organizations").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified();
    }

    @Test
    @DisplayName("Art 30: an organization's live accounts carry their ids; verification answers carry the ids too")
    @Tag("30.1")
    void accountsAndVerificationCarryIds() {
        LocalDate since = LocalDate.now().minusYears(1);
        long live = Fixture.account("崇川卫健", "CC-HEALTH", "DOUYIN", since, "ACTIVE");
        Fixture.account("崇川卫健旧号", "CC-HEALTH", "WEIBO", since, "CLOSED");
        long ccHealth = Organizations.idOf("CC-HEALTH");
        web.get().uri("/api/public/v1/directory/organizations/{id}/accounts", ccHealth).exchange().expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].id").isEqualTo((int) live)
                .jsonPath("$[0].platform").isEqualTo("DOUYIN")
                .jsonPath("$[0].status").isEqualTo("ACTIVE")
                .jsonPath("$[0].hostOrganizationId").isEqualTo((int) ccHealth);
        web.get().uri("/api/public/v1/directory/organizations/999999/accounts").exchange().expectStatus().isNotFound();
        web.get().uri("/api/public/v1/accounts/verify?name=崇川卫健").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.official").isEqualTo(true)
                .jsonPath("$.matches[0].id").isEqualTo((int) live)
                .jsonPath("$.matches[0].hostOrganizationId").isEqualTo((int) ccHealth);
    }

    @Test
    @DisplayName("public JSON is gzip'd when the client accepts it; admin answers are not")
    void publicJsonIsCompressed() throws IOException, InterruptedException {
        // the JDK client, which (unlike the test client) hands over the bytes as they came, still compressed
        HttpResponse<byte[]> plain = get("/api/public/v1/directory/organizations", null);
        HttpResponse<byte[]> gzipped = get("/api/public/v1/directory/organizations", null, "Accept-Encoding", "gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        HttpResponse<byte[]> admin = get("/api/v1/organizations", TestTokens.cityAdmin(), "Accept-Encoding", "gzip");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private HttpResponse<byte[]> get(String path, String token, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
