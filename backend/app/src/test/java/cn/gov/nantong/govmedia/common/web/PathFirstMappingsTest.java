package cn.gov.nantong.govmedia.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The public operations' mapping and then the others' (as the dispatcher asks them) pick the same operation as Spring's
 * own single mapping, or refuse with the same status.
 */
class PathFirstMappingsTest {

    private final RequestMappingHandlerMapping spring = initialized(new RequestMappingHandlerMapping());
    private final RequestMappingHandlerMapping publicOperations = initialized(new PathFirstMappings.Mapping(true));
    private final RequestMappingHandlerMapping otherOperations = initialized(new PathFirstMappings.Mapping(false));

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/public/v1/submissions/TS-1", "/api/public/v1/submissions", "/api/public/v1/submissions/",
        "/api/public/v1/rumours/7", "/api/public/v1/rumours", "/api/public/v1/%72umours/7", "/api/public/v1/rumours;v=1/7", "/api/public;v=1/v1/rumours/7",
        "/api/public/v1/rumours/7/texts", "/files", "/files/a/b", "/a/b.txt", "/a/b.pdf", "/nowhere", "/", "/API/public/v1/rumours/7"})
    void picksWhatSpringPicks(String path) {
        for (String method : List.of("GET", "POST")) {
            MockServerHttpRequest request = MockServerHttpRequest.method(HttpMethod.valueOf(method), URI.create(path))
                    .accept(MediaType.APPLICATION_JSON).build();
            String pathFirst = handler(publicOperations, request).equals("none") ? handler(otherOperations, request)
                    : handler(publicOperations, request);
            assertThat(pathFirst).as(method + " " + path).isEqualTo(handler(spring, request));
        }
    }

    @Test
    void thePublicOperationsHaveAMappingOfTheirOwn() {
        assertThat(publicOperations.getHandlerMethods()).hasSize(4);
        assertThat(otherOperations.getHandlerMethods()).hasSize(1);
    }

    @Test
    void comparesTheLiteralBeginningOfEachPattern() {
        assertThat(PathFirstMappings.Mapping.literalStarts(RequestMappingInfo.paths(
                "/api/public/v1/submissions/{trackingNumber}", "/files/**", "/a/{name}.txt", "/{any}", "/api/v1/accounts").build()))
                .containsExactlyInAnyOrder("/api/public/v1/submissions", "/files", "/a", "", "/api/v1/accounts");
    }

    private static String handler(RequestMappingHandlerMapping mapping, MockServerHttpRequest request) {
        return mapping.getHandler(MockServerWebExchange.from(request))
                .map(handler -> ((HandlerMethod) handler).getMethod().getName())
                .onErrorResume(ResponseStatusException.class, refused -> Mono.just("refused " + refused.getStatusCode().value()))
                .defaultIfEmpty("none")
                .block();
    }

    private static RequestMappingHandlerMapping initialized(RequestMappingHandlerMapping mapping) {
        StaticApplicationContext context = new StaticApplicationContext();
        context.registerSingleton("probe", Probe.class);
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    @RestController
    static class Probe {
        @GetMapping("/api/public/v1/submissions/{trackingNumber}")
        String status() {
            return "";
        }

        @PostMapping("/api/public/v1/submissions")
        String submit() {
            return "";
        }

        @GetMapping(path = "/api/public/v1/rumours/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        String rumour() {
            return "";
        }

        @GetMapping("/api/public/v1/rumours")
        String rumours() {
            return "";
        }

        @GetMapping({"/files/**", "/a/{name}.txt"})
        String file() {
            return "";
        }
    }
}
