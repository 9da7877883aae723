package cn.gov.nantong.govmedia.authz;

import cn.gov.nantong.govmedia.common.security.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** openapi/authorization-matrix.yaml: per operationId, the roles that may call it and how the scope applies. */
final class Matrix {

    static final Path FILE = Path.of("../../openapi/authorization-matrix.yaml");
    static final String PUBLIC = "PUBLIC";
    static final String SYNC_CLIENT = "SYNC_CLIENT";
    static final Set<String> SCOPES = Set.of("subtree", "city", "own", "handling", "none");

    enum Scope { SUBTREE, CITY, OWN, HANDLING, NONE }

    record Entry(Set<String> roles, Scope scope, String note) {

        boolean allows(String role) {
            return roles.contains(PUBLIC) || roles.contains(role);
        }
    }

    private Matrix() {
    }

    static Map<String, Entry> load() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Contract.map(Contract.yaml(FILE).get("operations")).forEach((id, value) -> entries.put(id, entry(id, Contract.map(value))));
        return entries;
    }

    /** What is wrong with the matrix's coverage of the contract: operations without an entry, entries without an operation. */
    static List<String> coverageProblems(Collection<String> operationIds, Map<String, Entry> matrix) {
        List<String> problems = new ArrayList<>();
        new TreeSet<>(operationIds).stream().filter(id -> !matrix.containsKey(id))
                .forEach(id -> problems.add("no entry in authorization-matrix.yaml for operation " + id));
        new TreeSet<>(matrix.keySet()).stream().filter(id -> !operationIds.contains(id))
                .forEach(id -> problems.add("authorization-matrix.yaml names " + id + ", which openapi.yaml does not have"));
        return problems;
    }

    private static Entry entry(String id, Map<String, Object> value) {
        Set<String> roles = new LinkedHashSet<>();
        for (Object role : Contract.list(value.get("roles"))) {
            String name = String.valueOf(role);
            if (name.equals("STAFF")) {
                Arrays.stream(Role.values()).map(Role::name).forEach(roles::add);
            } else if (name.equals(PUBLIC) || name.equals(SYNC_CLIENT) || Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name))) {
                roles.add(name);
            } else {
                throw new IllegalStateException(id + ": unknown role " + name);
            }
        }
        String scope = String.valueOf(value.get("scope"));
        if (roles.isEmpty() || !SCOPES.contains(scope)) {
            throw new IllegalStateException(id + ": needs roles and a scope among " + SCOPES + ", has " + value);
        }
        return new Entry(Set.copyOf(roles), Scope.valueOf(scope.toUpperCase()), (String) value.get("note"));
    }
}
