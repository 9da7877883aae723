package cn.gov.nantong.govmedia.common.paging;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Page, size and one sort key from a query string, with the sort key checked against the columns a
 * list offers, so user input never reaches SQL as text. A list without a sort parameter has no
 * {@code orderBy}: its repository writes its fixed order.
 */
public record PageRequest(int page, int size, @Nullable String orderBy) {

    public static final int MAX_SIZE = 200;

    /** A page of a sortable list: {@code sort} is checked against the repository's columns, its default order breaks ties. */
    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> sortableColumns,
                                 String defaultOrder) {
        PageRequest unsorted = of(page, size);
        return new PageRequest(unsorted.page(), unsorted.size(), orderBy(sort, sortableColumns, defaultOrder));
    }

    /** A page of a list in the fixed order its repository writes. */
    public static PageRequest of(@Nullable Integer page, @Nullable Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        if (p < 1) {
            throw ApiProblemException.invalidField("page", "Min", "页码须不小于 1", "page must be at least 1");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiProblemException.invalidField("size", "Range", "每页条数须在 1 到 200 之间",
                    "size must be between 1 and 200");
        }
        return new PageRequest(p, s, null);
    }

    private static String orderBy(String sort, Map<String, String> columns, String defaultOrder) {
        if (sort == null || sort.isBlank()) {
            return defaultOrder;
        }
        String[] parts = sort.split(",", 2);
        String column = columns.get(parts[0].trim());
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (column == null || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ApiProblemException.invalidField("sort", "Sort",
                    "排序须为 字段,asc|desc，可用字段：" + String.join("、", columns.keySet()),
                    "sort must be field,asc|desc with field one of " + String.join(", ", columns.keySet()));
        }
        return column + " " + direction + ", " + defaultOrder;
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
