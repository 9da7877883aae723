package cn.gov.nantong.govmedia.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The floor's handlers: bind the request's parameters, run the app's statements, write the rows as JSON. */
final class FloorHandlers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseClient db;
    private final TransactionalOperator transaction;

    FloorHandlers(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    Mono<ServerResponse> feed(ServerRequest request) {
        int page = intParam(request, "page", 1);
        int size = intParam(request, "size", 20);
        var items = db.sql(FloorSql.FEED_PAGE).bind("limit", size).bind("offset", (long) (page - 1) * size).fetch().all().collectList();
        var total = db.sql(FloorSql.FEED_COUNT).map(row -> row.get("total", Long.class)).one();
        return Mono.zip(items, total, (list, count) -> Map.of("items", list, "page", page, "size", size, "total", count))
                .flatMap(body -> ServerResponse.ok().bodyValue(body));
    }

    /** The keyset feed: the cursor is rumour.FeedCursor's text ("pub:<µs>:<id>", base64url); none means the newest. */
    Mono<ServerResponse> scroll(ServerRequest request) {
        int size = intParam(request, "size", 20);
        String[] after = request.queryParam("after")
                .map(c -> new String(java.util.Base64.getUrlDecoder().decode(c), java.nio.charset.StandardCharsets.UTF_8).split(":"))
                .orElse(new String[] {"pub", "253402214400000000", String.valueOf(Long.MAX_VALUE)});
        java.time.OffsetDateTime at = java.time.Instant.EPOCH.plus(Long.parseLong(after[1]), java.time.temporal.ChronoUnit.MICROS)
                .atOffset(java.time.ZoneOffset.UTC);
        return db.sql(FloorSql.FEED_AFTER).bind("afterAt", at).bind("afterId", Long.parseLong(after[2])).bind("limit", size + 1)
                .fetch().all().collectList()
                .flatMap(list -> ServerResponse.ok().bodyValue(Map.of("items", list.subList(0, Math.min(size, list.size())))));
    }

    Mono<ServerResponse> rebuttal(ServerRequest request) {
        return found(db.sql(FloorSql.REBUTTAL).bind("id", Long.parseLong(request.pathVariable("id"))).fetch().one());
    }

    Mono<ServerResponse> verify(ServerRequest request) {
        String name = request.queryParam("name").orElse("").trim();
        var exact = db.sql(FloorSql.VERIFY_EXACT).bindNull("platform", String.class).bind("name", name)
                .bindNull("platformId", String.class).fetch().all().collectList();
        var similar = db.sql(FloorSql.VERIFY_SIMILAR).bindNull("platform", String.class).bind("name", name).fetch().all().collectList();
        var known = db.sql(FloorSql.COUNTERFEIT_KNOWN).bind("name", name).bindNull("platform", String.class)
                .map(row -> row.get("known", Boolean.class)).one();
        return Mono.zip(exact, similar, known)
                .flatMap(found -> ServerResponse.ok().bodyValue(Map.of("matches", found.getT1(), "similar", found.getT2(),
                        "knownCounterfeit", found.getT3())));
    }

    Mono<ServerResponse> status(ServerRequest request) {
        return found(db.sql(FloorSql.COMPLAINT_BY_NUMBER).bind("number", request.pathVariable("trackingNumber")).fetch().one());
    }

    Mono<ServerResponse> accounts(ServerRequest request) {
        int page = intParam(request, "page", 1);
        int size = intParam(request, "size", 20);
        String platform = request.queryParam("platform").orElse("WECHAT_OFFICIAL");
        String status = request.queryParam("status").orElse("ACTIVE");
        return db.sql(FloorSql.SCOPE).bind("cityWide", true).bind("code", "NT-GOV-OFFICE")
                .map(row -> row.get("scope", String.class)).one()
                .flatMap(scope -> Mono.zip(
                        db.sql(FloorSql.ACCOUNT_PAGE).bind("scopePath", scope).bind("platform", platform).bind("status", status)
                                .bind("limit", size).bind("offset", (long) (page - 1) * size).fetch().all().collectList(),
                        db.sql(FloorSql.ACCOUNT_COUNT).bind("scopePath", scope).bind("platform", platform).bind("status", status)
                                .map(row -> row.get("total", Long.class)).one(),
                        (list, count) -> Map.of("items", list, "page", page, "size", size, "total", count)))
                .flatMap(body -> ServerResponse.ok().bodyValue(body));
    }

    Mono<ServerResponse> changes(ServerRequest request) {
        long after = request.queryParam("cursor")
                .map(cursor -> Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).substring(4)))
                .orElse(0L);
        return db.sql(FloorSql.POSITION_CHANGES).then().thenMany(db.sql(FloorSql.CHANGES).bind("after", after).bind("limit", intParam(request, "limit", 100)).fetch().all()).collectList()
                .flatMap(rows -> ServerResponse.ok().bodyValue(Map.of("changes", rows, "hasMore", rows.size() == 100)));
    }

    /** The app's submission statements in its order, in one transaction; no validation, moderation or working-day logic. */
    Mono<ServerResponse> submit(ServerRequest request) {
        String key = request.headers().firstHeader("Idempotency-Key");
        return request.bodyToMono(byte[].class).flatMap(bytes -> {
            JsonNode body = JSON.readTree(bytes);
            String requestHash = sha256(new String(bytes, StandardCharsets.UTF_8));
            String contentHash = sha256(body.path("kind").asString() + "|" + body.path("title").asString() + "|"
                    + body.path("content").asString());
            String clientHash = sha256("client:127.0.0.1");
            String token = UUID.randomUUID().toString();
            LocalDate today = LocalDate.now();
            long accountId = body.path("accountId").asLong();
            Mono<Map<String, Object>> work = db.sql(FloorSql.CLAIM_KEY).bind("key", key).bind("hash", requestHash).fetch().one()
                    .then(db.sql(FloorSql.DUPLICATE_OF).bind("client", clientHash).bind("content", contentHash)
                            .bind("since", OffsetDateTime.now().minusMinutes(10)).fetch().one())
                    .then(db.sql(FloorSql.ACCOUNT_BY_ID).bind("id", accountId).map(row -> row.get("host_organization_id", Long.class)).one())
                    .flatMap(host -> Mono.zip(
                                    db.sql(FloorSql.NEXT_NUMBER).map(row -> row.get("number", Long.class)).one(),
                                    db.sql(FloorSql.SPECIAL_DAYS).bind("from", today).bind("until", today.plusDays(45)).fetch().all()
                                            .then(db.sql(FloorSql.KNOWN_YEARS).fetch().all().count()))
                            .flatMap(context -> db.sql(FloorSql.INSERT_COMPLAINT)
                                    .bind("number", "TS" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%06d", context.getT1()))
                                    .bind("tokenHash", sha256(token)).bind("kind", body.path("kind").asString()).bind("accountId", accountId)
                                    .bind("targetId", host).bind("title", body.path("title").asString())
                                    .bind("content", body.path("content").asString()).bindNull("contactName", String.class)
                                    .bindNull("contactPhone", String.class).bindNull("errorUrl", String.class)
                                    .bindNull("suspectPlatform", String.class).bindNull("suspectName", String.class)
                                    .bindNull("suspectLink", String.class).bind("dueOn", today.plusDays(7)).bind("clientHash", clientHash)
                                    .bind("contentHash", contentHash).bind("receivedOn", today)
                                    .map(row -> row.get("id", Long.class)).one()))
                    .flatMap(id -> db.sql(FloorSql.ATTACH_KEY).bind("id", id).bind("key", key).then()
                            .then(db.sql(FloorSql.COMPLAINT_BY_ID).bind("id", id).fetch().one()))
                    .flatMap(stored -> db.sql(FloorSql.AUDIT).bind("actor", "anonymous").bind("roles", new String[0])
                            .bindNull("organization", String.class).bind("action", "SUBMIT").bind("entityType", "complaint")
                            .bind("entityId", String.valueOf(stored.get("id"))).bindNull("before", String.class)
                            .bind("after", "{\"status\":\"RECEIVED\"}").bindNull("requestId", String.class).then()
                            .thenReturn(receipt(stored, token)));
            return transaction.transactional(work);
        }).flatMap(receipt -> ServerResponse.status(HttpStatus.CREATED).bodyValue(receipt));
    }

    private static Map<String, Object> receipt(Map<String, Object> stored, String token) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("trackingNumber", stored.get("tracking_number"));
        receipt.put("queryToken", token);
        receipt.put("dueOn", stored.get("due_on"));
        receipt.put("createdAt", stored.get("created_at"));
        return receipt;
    }

    private static Mono<ServerResponse> found(Mono<Map<String, Object>> row) {
        return row.flatMap(body -> ServerResponse.ok().bodyValue(body)).switchIfEmpty(ServerResponse.notFound().build());
    }

    private static int intParam(ServerRequest request, String name, int otherwise) {
        return request.queryParam(name).map(Integer::parseInt).orElse(otherwise);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
