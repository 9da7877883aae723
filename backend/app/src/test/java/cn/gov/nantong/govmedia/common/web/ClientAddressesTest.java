package cn.gov.nantong.govmedia.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ClientAddressesTest {

    private static MockServerWebExchange from(String peer, String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/public/v1/faqs")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor.length > 0) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return MockServerWebExchange.from(request);
    }

    @Test
    @DisplayName("with no trusted proxy the socket address counts and a client's X-Forwarded-For changes nothing")
    void untrustedPeer() {
        ClientAddresses none = new ClientAddresses("");
        assertThat(none.of(from("203.0.113.7", "1.2.3.4"))).isEqualTo("203.0.113.7");
        ClientAddresses proxies = new ClientAddresses("10.0.0.0/8");
        assertThat(proxies.of(from("203.0.113.7", "1.2.3.4, 10.0.0.5"))).as("the peer itself is no trusted proxy")
                .isEqualTo("203.0.113.7");
    }

    @Test
    @DisplayName("behind trusted proxies the rightmost untrusted address counts, not a spoofed leftmost one")
    void trustedChain() {
        ClientAddresses proxies = new ClientAddresses("10.0.0.0/8, 127.0.0.1/32");
        assertThat(proxies.of(from("127.0.0.1", "198.51.100.9"))).isEqualTo("198.51.100.9");
        assertThat(proxies.of(from("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.1.2.3"))).isEqualTo("198.51.100.9");
        assertThat(proxies.of(from("127.0.0.1", "6.6.6.6", "198.51.100.9"))).as("two header lines").isEqualTo("198.51.100.9");
        assertThat(proxies.of(from("127.0.0.1"))).as("no header: the proxy itself").isEqualTo("127.0.0.1");
        assertThat(proxies.of(from("127.0.0.1", "10.1.1.1"))).as("only proxies: the leftmost").isEqualTo("10.1.1.1");
        assertThat(proxies.of(from("127.0.0.1", "not-an-address.example"))).as("garbage is taken as the client, never resolved")
                .isEqualTo("not-an-address.example");
    }
}
