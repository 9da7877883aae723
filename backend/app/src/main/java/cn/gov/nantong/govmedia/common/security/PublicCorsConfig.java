package cn.gov.nantong.govmedia.common.security;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for the anonymous endpoints only ({@code /api/public/**}), so mobile web views on other origins can call them.
 * Origins are a setting ({@code govmedia.public.cors-allowed-origins}, patterns, default any); no credentials are allowed.
 */
@Configuration
class PublicCorsConfig {

    @Bean
    CorsConfigurationSource publicCors(@Value("${govmedia.public.cors-allowed-origins:*}") List<String> origins) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOriginPatterns(origins);
        config.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        config.setAllowedHeaders(List.of("Content-Type", "Accept", "Idempotency-Key", "X-Device-Id", "X-Query-Token"));
        config.setExposedHeaders(List.of("Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-Request-Id", "ETag", "Location"));
        config.setAllowCredentials(false);
        config.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/public/**", config);
        return source;
    }
}
