package cn.gov.nantong.govmedia.authz;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.authz.Contract.Operation;
import cn.gov.nantong.govmedia.authz.Matrix.Entry;
import cn.gov.nantong.govmedia.authz.Matrix.Scope;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Calls every operation of openapi.yaml as every kind of caller and compares each answer with
 * openapi/authorization-matrix.yaml: 401 without a valid token, 403 for a role the matrix does not list, neither (and no
 * 5xx) for one it lists. Then every operation on one object asks for a 崇川区 object as a 如东县 user and for a missing
 * one: the two answers must be the same, so a refusal never reveals that the object exists.
 * <p>
 * Reads address the seeded objects; writes address a missing id, so the seeded data stays as it is while the checks run
 * (the role check comes first, so a refused role still gets 403). All mismatches are collected and reported together.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    /** The organization handling the seeded submission (its target's host), and those whose scope holds it. */
    private static final String HANDLING_ORGANIZATION = "CC-EDU";
    private static final Set<String> SEEING_HANDLED_OBJECT = Set.of("CC-EDU", "CC-GOV-OFFICE", "NT-GOV-OFFICE");
    /**
     * Reads of one object that no caller can read as seeded (not a confirmed fake, not published, no query token, the
     * job's file may still be in the making); every other read must reach its object, or the scope comparison proves nothing.
     */
    private static final Set<String> UNREACHABLE = Set.of("getCounterfeitLetter", "getPublicRumourRebuttal", "getComplaintStatus",
            "getComplaintPhoto",
            "downloadSupervisionJobFile");

    private static final Pattern ADDRESSES_OBJECT = Pattern.compile(".*\\{(id|accountId|trackingNumber)}.*");

    @Autowired
    WebTestClient web;

    private Map<String, String> seeded;

    @Test
    void everyOperationAnswersEveryCallerAsTheMatrixSays() {
        List<Operation> operations = Contract.operations();
        Map<String, Entry> matrix = Matrix.load();
        assertThat(Matrix.coverageProblems(operations.stream().map(Operation::id).toList(), matrix))
                .as("every operation of openapi.yaml needs exactly one entry in authorization-matrix.yaml").isEmpty();
        seeded = Seed.create(web);
        List<String> mismatches = new ArrayList<>();
        int comparisons = 0;
        for (Operation operation : operations) {
            for (Caller outsider : outsiders(operation, matrix.get(operation.id()))) {
                comparisons++;
                Answer existing = call(operation, outsider, false);
                Answer missing = call(operation, outsider, true);
                if (existing.status() != missing.status() || existing.status() >= 500) {
                    mismatches.add(operation + " as " + outsider + ": another county's object answered " + existing
                            + " but a missing one " + missing.status());
                }
            }
        }
        int checks = 0;
        List<Caller> callers = Caller.all();
        for (Operation operation : operations) {
            Entry entry = matrix.get(operation.id());
            boolean read = operation.method().equals("get");
            boolean reached = false;
            for (Caller caller : callers) {
                checks++;
                Expected expected = expected(entry, caller);
                Answer answer = call(operation, caller, !read);
                reached |= answer.status() / 100 == 2;
                if (!expected.accepts(answer.status())) {
                    mismatches.add(operation + " as " + caller + ": expected " + expected.text + ", got " + answer);
                }
            }
            if (read && ADDRESSES_OBJECT.matcher(operation.path()).matches() && !reached && !UNREACHABLE.contains(operation.id())) {
                mismatches.add(operation + ": no caller could read the seeded object, so its scope check proves nothing");
            }
        }
        System.out.printf("authorization matrix: %d operations, %d caller checks, %d out-of-scope comparisons, %d mismatches%n",
                operations.size(), checks, comparisons, mismatches.size());
        assertThat(mismatches).as("answers that differ from openapi/authorization-matrix.yaml:%n%s",
                String.join(System.lineSeparator(), mismatches)).isEmpty();
    }

    /** The outsiders whose role the operation accepts, when it addresses one object that is not city-wide. */
    private static List<Caller> outsiders(Operation operation, Entry entry) {
        if (!ADDRESSES_OBJECT.matcher(operation.path()).matches() || entry.scope() == Scope.CITY || entry.scope() == Scope.NONE) {
            return List.of();
        }
        return Caller.outsiders().stream()
                .filter(c -> entry.scope() == Scope.OWN ? c.organization().startsWith("NT-") : c.organization().startsWith("RD-"))
                .filter(c -> entry.allows(c.role()))
                .toList();
    }

    private static Expected expected(Entry entry, Caller caller) {
        if (caller.badToken()) {
            return Expected.UNAUTHENTICATED;
        }
        if (caller.anonymous()) {
            return entry.allows(Matrix.PUBLIC) ? Expected.ALLOWED : Expected.UNAUTHENTICATED;
        }
        if (!entry.allows(caller.role())) {
            return Expected.FORBIDDEN;
        }
        if (entry.scope() != Scope.HANDLING || HANDLING_ORGANIZATION.equals(caller.organization())) {
            return Expected.ALLOWED;
        }
        return SEEING_HANDLED_OBJECT.contains(caller.organization()) ? Expected.FORBIDDEN : Expected.NOT_FOUND;
    }

    private Answer call(Operation operation, Caller caller, boolean missingObject) {
        String query = operation.query().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        String uri = path(operation.path(), missingObject) + (query.isEmpty() ? "" : "?" + query);
        WebTestClient.RequestBodySpec request = web.method(HttpMethod.valueOf(operation.method().toUpperCase())).uri(uri)
                .headers(headers -> {
                    if (caller.token() != null) {
                        headers.setBearerAuth(caller.token());
                    }
                });
        WebTestClient.RequestHeadersSpec<?> ready = operation.body() == null ? request
                : request.contentType(MediaType.parseMediaType(operation.contentType())).bodyValue(operation.body());
        EntityExchangeResult<byte[]> result = ready.exchange().expectBody().returnResult();
        byte[] body = result.getResponseBodyContent();
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return new Answer(result.getStatus().value(), text.length() > 300 ? text.substring(0, 300) : text);
    }

    /** Path parameters that name a value rather than an object: the lexicon kind, the year, the incident grade. */
    private static final Set<String> VALUE_PARAMETERS = Set.of("kind", "year", "grade");

    /** The path with its parameters filled: the seeded object's id (or a missing one), or the value of a value parameter. */
    private String path(String template, boolean missingObject) {
        String[] parts = template.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            path.append('/');
            if (!part.startsWith("{")) {
                path.append(part);
                continue;
            }
            String name = part.substring(1, part.length() - 1);
            String key = VALUE_PARAMETERS.contains(name) || name.equals("trackingNumber") ? name : parts[i - 1];
            if (missingObject && !VALUE_PARAMETERS.contains(name)) {
                path.append(name.equals("trackingNumber") ? Seed.MISSING_TRACKING_NUMBER : Seed.MISSING_ID);
            } else if (seeded.containsKey(key)) {
                path.append(seeded.get(key));
            } else {
                throw new IllegalStateException("no seeded object for " + part + " in " + template + ": add one to Seed");
            }
        }
        return path.toString();
    }

    private record Answer(int status, String body) {
        @Override
        public String toString() {
            return status + (body.isBlank() ? "" : " " + body);
        }
    }

    private enum Expected {
        UNAUTHENTICATED("401"), FORBIDDEN("403"), NOT_FOUND("404"), ALLOWED("neither 401 nor 403, nor 5xx");

        private final String text;

        Expected(String text) {
            this.text = text;
        }

        boolean accepts(int status) {
            return switch (this) {
                case UNAUTHENTICATED -> status == 401;
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
                case ALLOWED -> status != 401 && status != 403 && status < 500;
            };
        }
    }
}
