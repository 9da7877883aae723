package cn.gov.nantong.govmedia.common.security;

import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.common.web.ProblemMapper;
import cn.gov.nantong.govmedia.common.web.ProblemWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * Who may call what, by path: public endpoints are anonymous (a chain of their own that never reads a token),
 * {@code /api/sync/**} is the provincial client's alone, {@code /api/v1/**} needs a person with one of our roles;
 * finer rules sit on each operation.
 */
@Configuration
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfig {

    /**
     * The API answers JSON; the only HTML it serves is Swagger UI (scripts and styles from itself, and its login's token
     * request to the identity provider). HSTS is sent on HTTPS requests only; behind the TLS proxy of a deployment the
     * proxy sends it (see docs/deploying.md).
     */
    static String contentSecurityPolicy(String tokenUrl) {
        URI token = URI.create(tokenUrl);
        String provider = token.getScheme() + "://" + token.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' " + provider
                + "; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /**
     * No observations of the security filters, authentication and authorization: http.server.requests already times
     * every request, nothing reads these, and wrapping each filter in an observation cost about 6 % of a cheap public
     * read's CPU (make bench, JFR).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The public endpoints are anonymous by design: this chain never looks at a bearer token, so a mobile client that
     * still sends a stale one is served like anyone else, and no request pays for decoding a token it does not need.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain publicApi(ServerHttpSecurity http, CorsConfigurationSource publicCors,
                                     @Value("${govmedia.openapi.token-url}") String tokenUrl) {
        return common(http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/public/**")), publicCors, tokenUrl)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchange -> exchange.anyExchange().permitAll())
                .build();
    }

    /** What both chains share: no cookies or sessions (so no CSRF), the security headers, CORS for public clients. */
    private static ServerHttpSecurity common(ServerHttpSecurity http, CorsConfigurationSource publicCors, String tokenUrl) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tokenUrl)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true)))
                .cors(cors -> cors.configurationSource(publicCors))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable);
    }

    @Bean
    SecurityWebFilterChain api(ServerHttpSecurity http, GovMediaProperties properties, ProblemMapper mapper,
                               ProblemWriter writer, CorsConfigurationSource publicCors,
                               @Value("${govmedia.openapi.token-url}") String tokenUrl) {
        String syncAuthority = "SCOPE_" + properties.security().syncScope();
        String[] userRoles = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new JwtAuthorities(properties.security()));
        converter.setPrincipalClaimName("sub");
        return common(http, publicCors, tokenUrl)
                .authorizeExchange(exchange -> exchange
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                                "/swagger-ui/**", "/webjars/**").permitAll()
                        .pathMatchers("/api/sync/**").hasAuthority(syncAuthority)
                        .pathMatchers("/api/v1/**").hasAnyRole(userRoles)
                        .anyExchange().permitAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated(mapper, writer))
                        .accessDeniedHandler(forbidden(mapper, writer)))
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationEntryPoint(unauthenticated(mapper, writer))
                        .accessDeniedHandler(forbidden(mapper, writer))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter))))
                .build();
    }

    private static ServerAuthenticationEntryPoint unauthenticated(ProblemMapper mapper, ProblemWriter writer) {
        return (exchange, error) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return writer.write(exchange, mapper.simple(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "未登录或登录已失效",
                    "Unauthenticated", "请提供有效的访问令牌", "A valid bearer token is required")
                    .withContext(exchange.getRequest().getPath().value(),
                            cn.gov.nantong.govmedia.common.web.RequestIds.of(exchange)));
        };
    }

    private static ServerAccessDeniedHandler forbidden(ProblemMapper mapper, ProblemWriter writer) {
        return (exchange, error) -> writer.write(exchange, mapper.map(error, exchange));
    }
}
