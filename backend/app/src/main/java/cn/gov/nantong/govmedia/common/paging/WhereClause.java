package cn.gov.nantong.govmedia.common.paging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * A list filter's where clause: fixed condition texts with named parameters, each added only when its value is given,
 * and the values bound, never written into the SQL. Conditions must be literals ({@code SqlArchitectureTest} checks
 * every call); enums are bound by name.
 */
public final class WhereClause {

    private final StringBuilder sql;
    private final Map<String, Object> binds = new LinkedHashMap<>();

    private WhereClause(String start) {
        this.sql = new StringBuilder(start);
    }

    /** A clause beginning {@code " where <condition>"}. */
    public static WhereClause where(String condition) {
        return new WhereClause(" where " + condition);
    }

    /** Conditions only, each starting with {@code " and "}, for a statement that writes its own {@code where}. */
    public static WhereClause andOnly() {
        return new WhereClause("");
    }

    /** Adds {@code and <condition>} with {@code value} bound as {@code :name}, unless the value is null. */
    public WhereClause and(String condition, String name, @Nullable Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            binds.put(name, value instanceof Enum<?> constant ? constant.name() : value);
        }
        return this;
    }

    /** Adds a condition that needs no value, when {@code applies}. */
    public WhereClause and(String condition, boolean applies) {
        if (applies) {
            sql.append(" and ").append(condition);
        }
        return this;
    }

    /** Adds an {@code ilike :name} condition matching text that contains {@code text} literally, unless it is blank. */
    public WhereClause andContaining(String condition, String name, @Nullable String text) {
        return and(condition, name, text == null || text.isBlank() ? null : containing(text));
    }

    public String sql() {
        return sql.toString();
    }

    public GenericExecuteSpec bind(GenericExecuteSpec spec) {
        GenericExecuteSpec bound = spec;
        for (Map.Entry<String, Object> bind : binds.entrySet()) {
            bound = bound.bind(bind.getKey(), bind.getValue());
        }
        return bound;
    }

    /** The value of an {@code ilike :name} condition matching text that contains {@code text} literally (% and _ escaped). */
    public static String containing(String text) {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
