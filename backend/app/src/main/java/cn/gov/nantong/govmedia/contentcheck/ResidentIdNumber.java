package cn.gov.nantong.govmedia.contentcheck;

import java.time.DateTimeException;
import java.time.LocalDate;

/** GB 11643-1999: 17 digits (with a valid birth date) and a check character over them, 0-9 or X. */
final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    static boolean isValid(CharSequence number) {
        if (number.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        char last = Character.toUpperCase(number.charAt(17));
        return last == CHECK[sum % 11] && hasValidBirthDate(number);
    }

    private static boolean hasValidBirthDate(CharSequence number) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(number.subSequence(6, 10).toString()),
                    Integer.parseInt(number.subSequence(10, 12).toString()), Integer.parseInt(number.subSequence(12, 14).toString()));
            return birth.getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
