package cn.gov.nantong.govmedia.fuzz;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values that follow a schema: the documented example most of the time, otherwise a value built from the type, format,
 * enum and limits. In boundary mode strings and numbers sit on (or one step past) their declared limits.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HAN = "政务新媒体管理平台崇川区教育局南通市如东县文化广电和旅游";

    private final ApiOperations api;
    private final Random random;

    SchemaValues(ApiOperations api, Random random) {
        this.api = api;
        this.random = random;
    }

    JsonNode valid(JsonNode schema) {
        return value(schema, false, 0);
    }

    JsonNode boundary(JsonNode schema) {
        return value(schema, true, 0);
    }

    private JsonNode value(JsonNode declared, boolean boundary, int depth) {
        JsonNode schema = api.resolve(declared);
        if (schema.has("example") && !boundary && random.nextInt(10) < 7) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).deepCopy();
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode choices = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return value(choices.get(random.nextInt(choices.size())), boundary, depth);
        }
        return switch (schema.path("type").asString("object")) {
            case "object" -> object(schema, boundary, depth);
            case "array" -> array(schema, boundary, depth);
            case "integer" -> NODES.numberNode(integer(schema, boundary));
            case "number" -> NODES.numberNode(boundary ? 1e15 : random.nextInt(1000) / 10.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(string(schema, boundary));
        };
    }

    private JsonNode object(JsonNode schema, boolean boundary, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 4) {
            return object;
        }
        JsonNode required = schema.path("required");
        for (var property : schema.path("properties").properties()) {
            boolean mandatory = false;
            for (JsonNode name : required) {
                mandatory |= name.asString().equals(property.getKey());
            }
            if (mandatory || random.nextInt(3) > 0) {
                object.set(property.getKey(), value(property.getValue(), boundary, depth + 1));
            }
        }
        return object;
    }

    private JsonNode array(JsonNode schema, boolean boundary, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = boundary ? schema.path("maxItems").asInt(schema.path("minItems").asInt(0)) : 1 + random.nextInt(2);
        for (int i = 0; i < Math.min(size, 50) && depth < 5; i++) {
            array.add(value(schema.path("items"), boundary, depth + 1));
        }
        return array;
    }

    private long integer(JsonNode schema, boolean boundary) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min + 40, 40);
        if (boundary) {
            long[] edges = {min, max, min - 1, max + 1, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
            return edges[random.nextInt(edges.length)];
        }
        return min + (long) random.nextInt((int) Math.min(Math.max(max - min, 1), 1000) + 1);
    }

    private String string(JsonNode schema, boolean boundary) {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        switch (schema.path("format").asString("")) {
            case "date": return LocalDate.now(shanghai).minusDays(random.nextInt(boundary ? 40000 : 30)).toString();
            case "date-time": return OffsetDateTime.now(shanghai).minusHours(random.nextInt(1000)).toString();
            case "uuid": return UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt()}).toString();
            case "email": return "fuzz" + random.nextInt(1000) + "@example.gov.cn";
            case "uri": return "https://example.gov.cn/" + random.nextInt(1000);
            default: break;
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Math.max(min, 30));
        int length = boundary ? (random.nextBoolean() ? max + random.nextInt(2) : Math.max(min - 1, 0))
                : min + random.nextInt(Math.max(Math.min(max - min, 30), 0) + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return text.toString();
    }
}
