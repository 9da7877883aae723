package cn.gov.nantong.govmedia.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The operations of the served OpenAPI document, with their parameters and body schema ($refs resolved on use). */
record ApiOperations(JsonNode document, List<Operation> all) {

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String id, String method, String path, List<Parameter> parameters, String bodyType, JsonNode bodySchema) {

        boolean isPublic() {
            return path.startsWith("/api/public/");
        }

        boolean isSync() {
            return path.startsWith("/api/sync/");
        }
    }

    static ApiOperations of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(),
                            parameter.path("required").asBoolean(false), parameter.path("schema")));
                }
                String bodyType = null;
                JsonNode bodySchema = null;
                for (Map.Entry<String, JsonNode> content : operation.path("requestBody").path("content").properties()) {
                    bodyType = content.getKey();
                    bodySchema = content.getValue().path("schema");
                }
                operations.add(new Operation(operation.get("operationId").asString(), method.getKey().toUpperCase(),
                        path.getKey(), parameters, bodyType, bodySchema));
            }
        }
        return new ApiOperations(document, List.copyOf(operations));
    }

    /** Follows a local "#/components/schemas/X" reference (and a single-element allOf wrapper). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (current.has("$ref")) {
                JsonNode target = document;
                for (String part : current.get("$ref").asString().substring(2).split("/")) {
                    target = target.path(part);
                }
                current = target;
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }
}
