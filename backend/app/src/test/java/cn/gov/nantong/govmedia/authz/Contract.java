package cn.gov.nantong.govmedia.authz;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of openapi/openapi.yaml, each with a request that passes validation: required query parameters and
 * the body are built from the examples of the contract, so a refused role meets @PreAuthorize (403), not the validator.
 */
final class Contract {

    static final Path OPENAPI = Path.of("../../openapi/openapi.yaml");
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private static final String BOUNDARY = "govmedia-authz-boundary";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A multipart form with the example's JSON parts and no files (the writer of the test client would draw a boundary
     * from SecureRandom on an event loop, which BlockHound refuses). */
    private static byte[] multipart(Map<?, ?> example) {
        StringBuilder form = new StringBuilder();
        example.forEach((name, value) -> {
            if (value instanceof Map<?, ?>) {
                form.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                        .append("\"\r\nContent-Type: application/json\r\n\r\n").append(JSON.writeValueAsString(value)).append("\r\n");
            }
        });
        return form.append("--").append(BOUNDARY).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One operation; {@code query} holds the required query parameters with their example values. */
    record Operation(String id, String method, String path, Map<String, Object> query, String contentType, Object body) {

        boolean isPublic() {
            return path.startsWith("/api/public/");
        }

        @Override
        public String toString() {
            return id + " (" + method.toUpperCase() + " " + path + ")";
        }
    }

    private Contract() {
    }

    static List<Operation> operations() {
        Map<String, Object> root = yaml(OPENAPI);
        Map<String, Object> schemas = map(map(root.get("components")).get("schemas"));
        List<Operation> operations = new ArrayList<>();
        map(root.get("paths")).forEach((path, item) -> map(item).forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = map(value);
            Map<String, Object> query = new LinkedHashMap<>();
            for (Object p : list(operation.get("parameters"))) {
                Map<String, Object> parameter = map(p);
                if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                    Object example = parameter.containsKey("example") ? parameter.get("example") : map(parameter.get("schema")).get("example");
                    query.put((String) parameter.get("name"), example);
                }
            }
            String contentType = null;
            Object body = null;
            if (operation.get("requestBody") != null) {
                Map<String, Object> content = map(map(operation.get("requestBody")).get("content"));
                contentType = content.containsKey("application/json") ? "application/json"
                        : content.containsKey("text/csv") ? "text/csv" : content.keySet().iterator().next();
                body = example(map(map(content.get(contentType)).get("schema")), schemas);
                if (contentType.equals("multipart/form-data")) {
                    contentType = "multipart/form-data; boundary=" + BOUNDARY;
                    body = multipart((Map<?, ?>) body);
                }
            }
            operations.add(new Operation((String) operation.get("operationId"), method, path, query, contentType, body));
        }));
        return operations;
    }

    /**
     * A value that satisfies the schema: its example, else one built from the properties' examples. Dates are yesterday
     * and times a few minutes ago, as the contract's fixed examples would sooner or later fail @PastOrPresent.
     */
    static Object example(Map<String, Object> schema, Map<String, Object> schemas) {
        if (schema.containsKey("$ref")) {
            String ref = (String) schema.get("$ref");
            return example(map(schemas.get(ref.substring(ref.lastIndexOf('/') + 1))), schemas);
        }
        if ("date".equals(schema.get("format"))) {
            return LocalDate.now(BUSINESS_ZONE).minusDays(1).toString();
        }
        if ("date-time".equals(schema.get("format"))) {
            return OffsetDateTime.now(BUSINESS_ZONE).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        if (schema.containsKey("properties")) {
            List<Object> required = list(schema.get("required"));
            Map<String, Object> object = new LinkedHashMap<>();
            map(schema.get("properties")).forEach((name, property) -> {
                Map<String, Object> p = map(property);
                if (required.contains(name) || p.containsKey("example")) {
                    object.put(name, example(p, schemas));
                }
            });
            return object;
        }
        if (schema.containsKey("enum")) {
            return list(schema.get("enum")).get(0);
        }
        return switch (String.valueOf(schema.get("type"))) {
            case "array" -> List.of();
            case "integer" -> 1;
            case "boolean" -> false;
            default -> "x";
        };
    }

    static Map<String, Object> yaml(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new DatesAsText());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return yaml.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    /** The contract's unquoted examples such as 2026-11-01 must stay text, as the API receives them. */
    private static final class DatesAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
