package cn.gov.nantong.govmedia.cluster;

import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** What the scale-out test asks of the cluster: through the load balancer, or of one instance directly. */
record Cluster(WebClient balancer, ClusterDatabase db) {

    Mono<ScaleOutIT.Submission> submit(long organizationId, String title) {
        Map<String, Object> body = Map.of("kind", "COMPLAINT", "organizationId", organizationId, "title", title,
                "content", "集群测试留言 " + title + " " + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
        return balancer.post().uri("/api/public/v1/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchangeToMono(response -> response.bodyToMono(Map.class).defaultIfEmpty(Map.of())
                        .map(answer -> new ScaleOutIT.Submission(response.statusCode().value(), (String) answer.get("trackingNumber"))))
                .timeout(Duration.ofSeconds(30))
                .onErrorResume(error -> Mono.just(new ScaleOutIT.Submission(-1, null)));
    }

    /** A submission sent straight to one instance with our own request id; answers the status. */
    int submitDirectly(AppProcess instance, long organizationId, String requestId) {
        return WebClient.create(instance.baseUrl()).post().uri("/api/public/v1/complaints").header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "SUGGESTION", "organizationId", organizationId,
                        "title", "日志测试", "content", "结构化日志测试 " + requestId))
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())).block(Duration.ofSeconds(30));
    }

    Mono<Integer> faqs(String device) {
        return balancer.get().uri("/api/public/v1/faqs?q=办理").header("X-Device-Id", device)
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()));
    }

    void approvedFiling(String platform) {
        Map<String, Object> account = new HashMap<>(Map.of("platform", platform, "name", "崇川教育" + platform, "operatorType", "IN_HOUSE",
                "operatorName", "办公室", "responsiblePerson", "王敏", "platformAccountId", "scale-" + platform));
        Map<?, ?> filing = balancer.post().uri("/api/v1/filings").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("type", "OPEN", "account", account))
                .retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(30));
        balancer.post().uri("/api/v1/filings/{id}/decisions", filing.get("id")).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("decision", "APPROVE"))
                .retrieve().toBodilessEntity().block(Duration.ofSeconds(30));
    }

    void addBannedTerm(AppProcess instance, String term) {
        WebClient.create(instance.baseUrl()).post().uri("/api/v1/lexicons/BANNED/terms").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("term", term))
                .retrieve().toBodilessEntity().block(Duration.ofSeconds(30));
    }

    boolean flags(AppProcess instance, String term) {
        Map<?, ?> check = WebClient.create(instance.baseUrl()).post().uri("/api/v1/content-checks")
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "通知", "body", "本文含有" + term + "。", "origin", "ORIGINAL"))
                .retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(10));
        return check != null && check.get("findings") instanceof List<?> findings && !findings.isEmpty();
    }

    /** Requests for {@code uri} this instance answered, from its own metrics. */
    long served(AppProcess instance, String uri) {
        String metrics = WebClient.builder().baseUrl("http://127.0.0.1:" + instance.managementPort)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build().get().uri("/actuator/prometheus")
                .retrieve().bodyToMono(String.class).block(Duration.ofSeconds(10));
        return metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"" + uri + "\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
