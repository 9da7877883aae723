package cn.gov.nantong.govmedia;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * openapi/openapi.yaml is the contract the front end is generated from: it must equal what the code serves.
 * `make openapi` runs this with -Dopenapi.update=true to rewrite the file.
 */
@IntegrationTest
class OpenApiContractIT {

    private static final Path CONTRACT = Path.of("../../openapi/openapi.yaml");

    @Autowired
    WebTestClient web;

    @Test
    void committedContractEqualsTheServedOne() throws IOException {
        String served = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/v3/api-docs.yaml").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(served).isNotBlank();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .as("openapi/openapi.yaml is out of date: run `make openapi` and commit it")
                .isEqualTo(served);
    }
}
