package cn.gov.nantong.govmedia.identity.login;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** At least 8 characters, 3 of the 4 classes (upper, lower, digit, symbol), and not the user name. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /** The rules the password breaks, in Chinese; empty when it may be used. */
    static List<String> violations(String password, String username) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            violations.add("密码至少 " + MIN_LENGTH + " 个字符");
            password = password == null ? "" : password;
        }
        if (classes(password) < 3) {
            violations.add("密码须包含大写字母、小写字母、数字、符号中的至少 3 类");
        }
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && password.toLowerCase(Locale.ROOT).contains(name)) {
            violations.add("密码不得与用户名相同或包含用户名");
        }
        return violations;
    }

    private static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
