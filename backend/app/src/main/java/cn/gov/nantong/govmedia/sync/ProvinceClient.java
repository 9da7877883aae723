package cn.gov.nantong.govmedia.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Our side of `openapi/provincial-filing-check.yaml`. Every failure becomes a {@link DeliveryFailure}. */
@Component
public class ProvinceClient {

    record Receipt(String receiptNumber, String status) {
    }

    public record RegisteredAccount(String platform, String platformAccountId, String name, String hostCreditCode, String status) {
    }

    record RegisterPage(List<RegisteredAccount> items, String nextCursor) {
    }

    private final WebClient web;
    private final ProvinceProperties settings;
    private final Clock clock;

    ProvinceClient(WebClient.Builder builder, ProvinceProperties settings, Clock clock) {
        WebClient.Builder province = builder.clone();
        if (settings.auth() == ProvinceProperties.Auth.OAUTH2) {
            province.filter(ProvinceOAuth2.filter(settings, builder.clone().build(), clock));
        }
        this.web = province.build();
        this.settings = settings;
        this.clock = clock;
    }

    Mono<Receipt> submit(String path, String idempotencyKey, String jsonPayload) {
        return attempt(web.post().uri(settings.baseUrl() + path)
                .headers(this::credentials)
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(jsonPayload)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(Receipt.class)
                        .switchIfEmpty(Mono.error(new DeliveryFailure(response.statusCode().value(), null, "empty receipt")))
                        : failure(response)));
    }

    public Flux<RegisteredAccount> register(String divisionCode) {
        return page(divisionCode, null)
                .expand(page -> page.nextCursor() == null ? Mono.empty() : page(divisionCode, page.nextCursor()))
                .flatMapIterable(RegisterPage::items);
    }

    private Mono<RegisterPage> page(String divisionCode, String cursor) {
        return attempt(web.get()
                .uri(settings.baseUrl() + "/v1/register?divisionCode={d}" + (cursor == null ? "" : "&cursor={c}"),
                        cursor == null ? Map.of("d", divisionCode) : Map.of("d", divisionCode, "c", cursor))
                .headers(this::credentials)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(RegisterPage.class) : failure(response)));
    }

    /** With OAuth2, a 401 has dropped the token (ProvinceOAuth2): one more try fetches a new one. */
    private <T> Mono<T> attempt(Mono<T> exchange) {
        Mono<T> once = settings.auth() == ProvinceProperties.Auth.OAUTH2
                ? exchange.onErrorResume(ProvinceClient::unauthorized, refused -> exchange) : exchange;
        return once.timeout(settings.attemptTimeout())
                .onErrorMap(error -> !(error instanceof DeliveryFailure), ProvinceClient::asFailure);
    }

    private static boolean unauthorized(Throwable error) {
        return error instanceof DeliveryFailure failure && Integer.valueOf(401).equals(failure.httpStatus());
    }

    private void credentials(HttpHeaders headers) {
        if (settings.auth() == ProvinceProperties.Auth.API_KEY) {
            headers.set("X-Api-Key", settings.apiKey());
        }
    }

    private <T> Mono<T> failure(ClientResponse response) {
        Duration retryAfter = RetryAfter.parse(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER), clock.instant());
        int status = response.statusCode().value();
        return response.bodyToMono(String.class).defaultIfEmpty("")
                .flatMap(body -> Mono.error(new DeliveryFailure(status, retryAfter,
                        "HTTP " + status + (body.isBlank() ? "" : ": " + body.substring(0, Math.min(body.length(), 200))))));
    }

    private static DeliveryFailure asFailure(Throwable error) {
        if (error instanceof TimeoutException) {
            return new DeliveryFailure(null, null, "timed out");
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new DeliveryFailure(null, null, message.substring(0, Math.min(message.length(), 200)));
    }
}
