package cn.gov.nantong.govmedia.common.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Access tokens are checked for signature, expiry, issuer and audience. Keys come, in this order of
 * preference, from a PEM file, from an explicit JWK set URL (when the provider is reached under another
 * name than its issuer, as inside docker compose), or from the issuer's discovery document on first use,
 * so the app starts while the provider is still starting.
 */
@Configuration
class JwtDecoderConfig {

    @Bean
    ReactiveJwtDecoder jwtDecoder(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences,
            @Value("${spring.security.oauth2.resourceserver.jwt.public-key-location:#{null}}") Resource publicKey,
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri) {
        NimbusReactiveJwtDecoder decoder;
        if (publicKey != null) {
            decoder = NimbusReactiveJwtDecoder.withPublicKey(read(publicKey)).build();
        } else if (!jwkSetUri.isBlank()) {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
        } else {
            decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build();
        }
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                tokenAudiences -> tokenAudiences != null && tokenAudiences.stream().anyMatch(audiences::contains));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience));
        // A key set that cannot be fetched (provider down) must read as "cannot check now" (503), not as a server error.
        return token -> decoder.decode(token).onErrorMap(error -> !(error instanceof JwtException),
                error -> new JwtException("the identity provider's keys cannot be fetched", error));
    }

    private static RSAPublicKey read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token public key " + resource, e);
        }
    }
}
