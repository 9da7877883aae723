package cn.gov.nantong.govmedia.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Our side of `openapi/provincial-filing-check.yaml`. Every failure becomes a {@link DeliveryFailure}. */
@Component
class ProvinceClient {

    record Receipt(String receiptNumber, String status) {
    }

    record RegisteredAccount(String platform, String platformAccountId, String name, String hostCreditCode, String status) {
    }

    record RegisterPage(List<RegisteredAccount> items, String nextCursor) {
    }

    private record Token(String access_token, Long expires_in) {
    }

    private final WebClient web;
    private final ProvinceProperties settings;
    private final Mono<String> token;

    ProvinceClient(WebClient.Builder builder, ProvinceProperties settings) {
        this.web = builder.build();
        this.settings = settings;
        this.token = fetchToken().cache(t -> Duration.ofSeconds(Math.max(0, (t.expires_in() == null ? 300 : t.expires_in()) - 30)),
                error -> Duration.ZERO, () -> Duration.ZERO).map(Token::access_token);
    }

    Mono<Receipt> submit(String path, String idempotencyKey, String jsonPayload) {
        return headers().flatMap(auth -> web.post().uri(settings.baseUrl() + path)
                        .headers(h -> h.addAll(auth))
                        .header("Idempotency-Key", idempotencyKey)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(jsonPayload)
                        .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                                ? response.bodyToMono(Receipt.class)
                                .switchIfEmpty(Mono.error(new DeliveryFailure(response.statusCode().value(), null, "empty receipt")))
                                : failure(response)))
                .timeout(settings.attemptTimeout())
                .onErrorMap(error -> !(error instanceof DeliveryFailure), ProvinceClient::asFailure);
    }

    Flux<RegisteredAccount> register(String divisionCode) {
        return page(divisionCode, null)
                .expand(page -> page.nextCursor() == null ? Mono.empty() : page(divisionCode, page.nextCursor()))
                .flatMapIterable(RegisterPage::items);
    }

    private Mono<RegisterPage> page(String divisionCode, String cursor) {
        return headers().flatMap(auth -> web.get()
                        .uri(settings.baseUrl() + "/v1/register?divisionCode={d}" + (cursor == null ? "" : "&cursor={c}"),
                                cursor == null ? Map.of("d", divisionCode) : Map.of("d", divisionCode, "c", cursor))
                        .headers(h -> h.addAll(auth))
                        .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                                ? response.bodyToMono(RegisterPage.class) : failure(response)))
                .timeout(settings.attemptTimeout())
                .onErrorMap(error -> !(error instanceof DeliveryFailure), ProvinceClient::asFailure);
    }

    private Mono<HttpHeaders> headers() {
        HttpHeaders headers = new HttpHeaders();
        return switch (settings.auth()) {
            case NONE -> Mono.just(headers);
            case API_KEY -> {
                headers.set("X-Api-Key", settings.apiKey());
                yield Mono.just(headers);
            }
            case OAUTH2 -> token.map(value -> {
                headers.setBearerAuth(value);
                return headers;
            });
        };
    }

    private Mono<Token> fetchToken() {
        return Mono.defer(() -> web.post().uri(settings.tokenUrl())
                .headers(h -> h.setBasicAuth(settings.clientId(), settings.clientSecret()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("scope", settings.scope()))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(Token.class) : failure(response)));
    }

    private static <T> Mono<T> failure(ClientResponse response) {
        Duration retryAfter = retryAfter(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        int status = response.statusCode().value();
        return response.bodyToMono(String.class).defaultIfEmpty("")
                .flatMap(body -> Mono.error(new DeliveryFailure(status, retryAfter,
                        "HTTP " + status + (body.isBlank() ? "" : ": " + body.substring(0, Math.min(body.length(), 200))))));
    }

    private static Duration retryAfter(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static DeliveryFailure asFailure(Throwable error) {
        if (error instanceof TimeoutException) {
            return new DeliveryFailure(null, null, "timed out");
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new DeliveryFailure(null, null, message.substring(0, Math.min(message.length(), 200)));
    }
}
