package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quarters as "2026-Q4" (Art 32.2): a real one is from 2019 on and has begun (Beijing time). */
public final class Quarters {

    /** The measures were published in October 2019; no check can be for an earlier year. */
    static final int FIRST_YEAR = 2019;
    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})-Q([1-4])");

    private Quarters() {
    }

    public static String of(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** The first day of the quarter. */
    static LocalDate start(String quarter) {
        int q = quarter.charAt(6) - '0';
        return LocalDate.of(Integer.parseInt(quarter.substring(0, 4)), (q - 1) * 3 + 1, 1);
    }

    /** The last quarter that has ended on {@code today}. */
    static String lastEnded(LocalDate today) {
        return of(start(of(today)).minusDays(1));
    }

    /** A 400 on {@code field} unless the quarter is well formed, from 2019 on and not in the future. */
    public static void check(String quarter, String field, LocalDate today) {
        Matcher m = FORMAT.matcher(quarter == null ? "" : quarter);
        if (!m.matches()) {
            throw ApiProblemException.invalidField(field, "Pattern", "季度格式应为 2026-Q4（季度为 1–4）",
                    "a quarter reads like 2026-Q4 (quarter 1 to 4)");
        }
        if (Integer.parseInt(m.group(1)) < FIRST_YEAR) {
            throw ApiProblemException.invalidField(field, "Min", "季度不能早于 2019 年（办法自 2019 年施行）",
                    "a quarter cannot be before 2019, when the measures took effect");
        }
        if (start(quarter).isAfter(today)) {
            throw ApiProblemException.invalidField(field, "NotFuture", "季度尚未开始，不能抽查未来的季度",
                    "the quarter has not begun; a future quarter cannot be checked");
        }
    }
}
