package cn.gov.nantong.govmedia.contentcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data (Art 20) and says how to mask it: resident ID numbers whose GB 11643 check digit holds,
 * mobile numbers, bank card numbers that pass Luhn, and e-mail addresses. Numbers that fail their check
 * are left alone, so an order number is not mistaken for an ID.
 */
final class PersonalData {

    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern CARD = Pattern.compile("(?<![0-9])[0-9]{16,19}(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    enum Kind {
        RESIDENT_ID("居民身份证号码", "隐去出生日期部分"),
        BANK_CARD("银行卡号", "只保留后四位"),
        MOBILE("手机号码", "隐去中间四位"),
        EMAIL("电子邮箱", "隐去用户名部分");

        final String label;
        final String suggestion;

        Kind(String label, String suggestion) {
            this.label = label;
            this.suggestion = suggestion;
        }
    }

    record Match(Kind kind, int start, int end, String text, String masked) {
    }

    private PersonalData() {
    }

    static List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher id = ID.matcher(text);
        while (id.find()) {
            if (ResidentIdNumber.isValid(id.group())) {
                matches.add(new Match(Kind.RESIDENT_ID, id.start(), id.end(), id.group(),
                        id.group().substring(0, 6) + "********" + id.group().substring(14)));
            }
        }
        Matcher card = CARD.matcher(text);
        while (card.find()) {
            if (Luhn.isValid(card.group()) && !overlaps(matches, card.start(), card.end())) {
                String digits = card.group();
                matches.add(new Match(Kind.BANK_CARD, card.start(), card.end(), digits,
                        "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4)));
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            if (!overlaps(matches, mobile.start(), mobile.end())) {
                String number = mobile.group();
                matches.add(new Match(Kind.MOBILE, mobile.start(), mobile.end(), number,
                        number.substring(0, 3) + "****" + number.substring(7)));
            }
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            String address = email.group();
            int at = address.indexOf('@');
            matches.add(new Match(Kind.EMAIL, email.start(), email.end(), address,
                    address.charAt(0) + "***" + address.substring(at)));
        }
        matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return matches;
    }

    /** The text with every match replaced by its masked form. */
    static String mask(String text, List<Match> matches) {
        StringBuilder out = new StringBuilder(text);
        for (int i = matches.size() - 1; i >= 0; i--) {
            Match match = matches.get(i);
            out.replace(match.start(), match.end(), match.masked());
        }
        return out.toString();
    }

    private static boolean overlaps(List<Match> matches, int start, int end) {
        return matches.stream().anyMatch(m -> start < m.end() && m.start() < end);
    }
}
