package cn.gov.nantong.govmedia.common.paging;

import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binds the named values a list filter collected for its where clause (always bound, never written into the SQL). */
public final class FilterBinds {

    private FilterBinds() {
    }

    /** The value of an {@code ilike :name} condition matching text that contains {@code text} literally (% and _ escaped). */
    public static String containing(String text) {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static GenericExecuteSpec bindAll(GenericExecuteSpec spec, Map<String, Object> binds) {
        GenericExecuteSpec bound = spec;
        for (Map.Entry<String, Object> bind : binds.entrySet()) {
            bound = bound.bind(bind.getKey(), bind.getValue());
        }
        return bound;
    }
}
