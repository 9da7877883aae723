package cn.gov.nantong.govmedia.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class RequestDeadlineFilterTest {

    @Test
    @DisplayName("a request whose handler never answers gets a 503 problem at the deadline, not silence")
    void aStuckRequestIsAnswered() {
        RequestDeadlineFilter filter = new RequestDeadlineFilter(Duration.ofSeconds(20), new ProblemMapper(new StaticMessageSource()),
                new ProblemWriter(JsonMapper.builder().build()));
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/public/v1/faqs"));
        StepVerifier.withVirtualTime(() -> filter.filter(exchange, stuck -> Mono.never()))
                .thenAwait(Duration.ofSeconds(20))
                .verifyComplete();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
        StepVerifier.create(exchange.getResponse().getBodyAsString()).assertNext(body -> assertThat(body).contains("DEADLINE_EXCEEDED"))
                .verifyComplete();
    }
}
