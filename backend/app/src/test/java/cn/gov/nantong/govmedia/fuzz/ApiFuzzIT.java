package cn.gov.nantong.govmedia.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.fuzz.FuzzRequests.FuzzRequest;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends requests built from the served OpenAPI document — valid, on the declared limits, and mutated (wrong types,
 * hostile strings, malformed JSON, bad headers) — to the running app. Every answer must be a success or an
 * application/problem+json 4xx without internals; a 5xx, a hang or a bare error fails the run.
 * `-Dfuzz.requests` sets the count (`make soak` sends 50,000), `-Dfuzz.seed` replays a run.
 */
@IntegrationTest
@Import(ExecutedStatements.class)
class ApiFuzzIT {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2_400);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_128L);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    record Answer(FuzzRequest request, int status, String contentType, String body) {

        String failure() {
            if (status >= 500) {
                return "server error " + status;
            }
            if (status == 414 || status == 431) {
                return null; // the HTTP decoder refuses an oversized request line or header before any application code runs
            }
            if (status >= 400 && (contentType == null || !contentType.startsWith("application/problem+json"))) {
                return status + " without problem+json (" + contentType + ")";
            }
            if (status >= 400 && !(body.contains("\"status\"") && body.contains("\"title\""))) {
                return status + " problem without status and title";
            }
            if (body.contains("\tat ") || body.contains("Exception:") || body.contains("SQLState")) {
                return status + " reveals internals";
            }
            return null;
        }

        String describe() {
            String headers = request.kind() == FuzzRequests.Kind.BAD_HEADER ? " " + abbreviate(request.headers().toString()
                    .replaceAll("Bearer [\\w.-]{200,}", "Bearer <token>")) : "";
            return "#%d %s %s %s %s%s → %s: %s".formatted(request.number(), request.kind(), request.operation().id(),
                    request.method(), abbreviate(request.uri()), headers, failure(), abbreviate(body));
        }
    }

    @Test
    void everyAnswerIsASuccessOrAProblem() {
        WebClient client = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
        ApiOperations api = ApiOperations.of(JSON.readTree(
                client.get().uri("/v3/api-docs").retrieve().bodyToMono(String.class).block(Duration.ofSeconds(60))));
        FuzzRequests requests = new FuzzRequests(api, new FuzzTokens(), SEED);

        // The server refuses an oversized header with 431 and closes at once; Reactor Netty's pooled client then, about
        // 3 times in 1,000, never completes the exchange (a fresh connection each time: 0 in 2,000). Bad headers go
        // over a connection of their own, so a hang the fuzzer reports is the server's.
        WebClient ownConnections = WebClient.builder().clientConnector(new ReactorClientHttpConnector(HttpClient.newConnection()))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
        List<Answer> answers = Flux.range(0, REQUESTS).map(requests::request)
                .flatMap(request -> send(request.kind() == FuzzRequests.Kind.BAD_HEADER ? ownConnections : client, request), 4)
                .collectList().block(Duration.ofMinutes(60));

        Map<String, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(a -> a.status() / 100 + "xx", TreeMap::new, Collectors.counting()));
        long operationsReached = answers.stream().map(a -> a.request().operation().id()).distinct().count();
        List<String> failures = answers.stream().filter(a -> a.failure() != null).map(Answer::describe).toList();
        System.out.printf("API fuzz: %,d requests (seed %d) over %d of %d operations; answers %s; server errors %d; failures %d%n",
                answers.size(), SEED, operationsReached, api.all().size(), byStatus,
                answers.stream().filter(a -> a.status() >= 500).count(), failures.size());

        Set<String> stringBuilt = ExecutedStatements.carryingInput(ExecutedStatements.TEXTS);
        System.out.printf("SQL: %,d distinct statement texts executed; carrying request input: %d%n",
                ExecutedStatements.TEXTS.size(), stringBuilt.size());

        assertThat(answers).hasSize(REQUESTS);
        assertThat(ExecutedStatements.TEXTS).as("statements recorded").isNotEmpty();
        assertThat(stringBuilt).as("statements whose text carries request input (string-built SQL)").isEmpty();
        assertThat(operationsReached).as("operations reached").isEqualTo(api.all().size());
        assertThat(failures).as("answers that are neither a success nor a problem+json 4xx").isEmpty();
    }

    @Test
    void theStatementCheckRecognisesInputBuiltIntoSql() {
        String concatenated = "select * from accounts where name = '" + HostileValues.STRINGS.get(10) + "'";
        assertThat(ExecutedStatements.carryingInput(List.of(concatenated, "select * from accounts where name = $1")))
                .containsExactly(concatenated);
    }

    private Mono<Answer> send(WebClient client, FuzzRequest request) {
        var spec = client.method(HttpMethod.valueOf(request.method())).uri(URI.create("http://127.0.0.1:" + port + request.uri()))
                .headers(headers -> request.headers().forEach(headers::set));
        if (request.body() != null) {
            spec.body(BodyInserters.fromDataBuffers(Mono.just(DefaultDataBufferFactory.sharedInstance.wrap(request.body()))));
        }
        return spec.exchangeToMono(response -> response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                        .map(body -> new Answer(request, response.statusCode().value(),
                                response.headers().asHttpHeaders().getFirst("Content-Type"),
                                new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8))))
                .timeout(Duration.ofSeconds(30))
                .onErrorResume(error -> Mono.just(new Answer(request, 599, null, "no answer: " + error)));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
