package cn.gov.nantong.govmedia.common.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * gzip for the JSON answers of the public endpoints, which phones fetch over mobile networks. Only there: the admin
 * API's answers mix secrets and reflected input (BREACH), and they travel inside the edge proxy's own compression.
 */
@Configuration(proxyBeanMethods = false)
class PublicCompressionConfig {

    static final String PUBLIC_PREFIX = "/api/public/";
    /** Smaller answers gain nothing that pays for the compressor. */
    static final int MIN_BYTES = 1024;

    @Bean
    NettyServerCustomizer publicJsonCompression() {
        return server -> server.compress(MIN_BYTES).compress((request, response) -> {
            String type = response.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE);
            return request.uri().startsWith(PUBLIC_PREFIX) && type != null && type.contains("json");
        });
    }
}
