package cn.gov.nantong.govmedia.fuzz;

import cn.gov.nantong.govmedia.fuzz.ApiOperations.Operation;
import cn.gov.nantong.govmedia.fuzz.ApiOperations.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Request n of a seeded run: an operation of the contract, sent valid, on its boundaries or mutated. */
final class FuzzRequests {

    enum Kind { VALID, BOUNDARY, MUTATED_BODY, MUTATED_PARAMETER, BAD_HEADER }

    record FuzzRequest(int number, Kind kind, Operation operation, String method, String uri, Map<String, String> headers,
                       byte[] body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiOperations api;
    private final FuzzTokens tokens;
    private final long seed;

    FuzzRequests(ApiOperations api, FuzzTokens tokens, long seed) {
        this.api = api;
        this.tokens = tokens;
        this.seed = seed;
    }

    FuzzRequest request(int number) {
        Random random = new Random(seed * 1_000_003L + number);
        Operation operation = api.all().get(number % api.all().size());
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        SchemaValues values = new SchemaValues(api, random);
        Map<String, String> headers = new LinkedHashMap<>();
        String token = tokens.forOperation(operation, random);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        headers.put("Accept", "application/json, application/problem+json, */*");
        headers.put("Idempotency-Key", "fuzz-" + seed + "-" + number);
        String mutatedParameter = kind == Kind.MUTATED_PARAMETER && !operation.parameters().isEmpty()
                ? operation.parameters().get(random.nextInt(operation.parameters().size())).name() : null;
        String path = operation.path();
        StringJoiner query = new StringJoiner("&");
        for (Parameter parameter : operation.parameters()) {
            boolean mutated = parameter.name().equals(mutatedParameter);
            if (!mutated && !parameter.required() && random.nextBoolean()) {
                continue;
            }
            String value = mutated ? ("path".equals(parameter.in()) ? HostileValues.pathSegment(random) : HostileValues.string(random))
                    : text(kind == Kind.BOUNDARY ? values.boundary(parameter.schema()) : values.valid(parameter.schema()));
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
                case "query" -> query.add(parameter.name() + "=" + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
                case "header" -> headers.put(parameter.name(), ascii(value));
                default -> { }
            }
        }
        byte[] body = null;
        if (operation.bodySchema() != null) {
            headers.put("Content-Type", operation.bodyType());
            body = body(operation, kind, values, random);
        }
        if (kind == Kind.BAD_HEADER) {
            badHeader(headers, random);
        }
        String uri = query.length() == 0 ? path : path + "?" + query;
        return new FuzzRequest(number, kind, operation, operation.method(), uri, headers, body);
    }

    private byte[] body(Operation operation, Kind kind, SchemaValues values, Random random) {
        if (kind == Kind.MUTATED_BODY && random.nextInt(3) == 0) {
            return HostileValues.body(random);
        }
        JsonNode body = kind == Kind.BOUNDARY ? values.boundary(operation.bodySchema()) : values.valid(operation.bodySchema());
        if (kind == Kind.MUTATED_BODY && body instanceof ObjectNode object) {
            mutate(object, random);
        }
        return JSON.writeValueAsBytes(body);
    }

    private static void mutate(ObjectNode object, Random random) {
        List<String> names = List.copyOf(object.propertyNames());
        String name = names.isEmpty() ? "unknownField" : names.get(random.nextInt(names.size()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (random.nextInt(7)) {
            case 0 -> object.remove(name);
            case 1 -> object.putNull(name);
            case 2 -> object.put(name, HostileValues.string(random));
            case 3 -> object.put(name, random.nextBoolean() ? Long.MIN_VALUE : 12345);
            case 4 -> object.set(name, nodes.arrayNode().add(HostileValues.string(random)));
            case 5 -> object.set(name, nodes.objectNode().put("nested", HostileValues.string(random)));
            default -> object.put("unknownField" + random.nextInt(10), HostileValues.string(random));
        }
    }

    private void badHeader(Map<String, String> headers, Random random) {
        switch (random.nextInt(6)) {
            case 0 -> headers.put("Content-Type", HostileValues.contentType(random));
            case 1 -> headers.put("Accept", HostileValues.accept(random));
            case 2 -> headers.put("Authorization", HostileValues.authorization(random));
            case 3 -> headers.put("Idempotency-Key", ascii(HostileValues.string(random)));
            case 4 -> headers.put("X-Device-Id", ascii(HostileValues.string(random)));
            default -> headers.put(random.nextBoolean() ? "If-None-Match" : "X-Request-Id", ascii(HostileValues.string(random)));
        }
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }

    /** Header values must be visible ASCII without surrounding blanks, or the HTTP client itself refuses to send them. */
    private static String ascii(String value) {
        return value.replaceAll("[^\\x20-\\x7e]", "?").strip();
    }
}
