package cn.gov.nantong.govmedia.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** GB 32100-2015 check character, as properties over generated codes (issue 9: fuzz every validator). */
class UnifiedSocialCreditCodeProperties {

    private static final String CHARSET = UnifiedSocialCreditCode.CHARSET;

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars(CHARSET.toCharArray()).ofLength(17);
    }

    /** The check character computed the way the standard defines it, independently of the validator's loop. */
    private static char check(String body) {
        int[] weights = new int[17];
        for (int i = 0, w = 1; i < 17; i++, w = w * 3 % 31) {
            weights[i] = w;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(body.charAt(i)) * weights[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    @Property
    void aCodeWithItsCheckCharacterIsValid(@ForAll("bodies") String body) {
        assertThat(UnifiedSocialCreditCode.isValid(body + check(body))).isTrue();
    }

    @Property
    void everySingleCharacterChangeIsDetected(@ForAll("bodies") String body, @ForAll @IntRange(max = 17) int position,
                                              @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = body + check(body);
        char replacement = CHARSET.charAt((CHARSET.indexOf(code.charAt(position)) + shift) % 31);
        String changed = code.substring(0, position) + replacement + code.substring(position + 1);
        assertThat(UnifiedSocialCreditCode.isValid(changed)).isFalse();
    }

    @Property
    void anyTextIsAnsweredWithoutError(@ForAll String text) {
        assertThatCode(() -> UnifiedSocialCreditCode.isValid(text)).doesNotThrowAnyException();
    }
}
