package cn.gov.nantong.govmedia.contentcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/** Resident ID numbers (GB 11643-1999) and bank cards (Luhn) as the personal-data detector sees them (Art 20). */
class ChecksumProperties {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private static char idCheck(String seventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static char luhnCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    @Provide
    Arbitrary<String> idBodies() {
        Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<LocalDate> birth = Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2026, 12, 31));
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(region, birth, sequence)
                .as((r, b, s) -> r + b.format(DateTimeFormatter.BASIC_ISO_DATE) + s);
    }

    @Property
    void anIdNumberWithItsCheckCharacterIsValid(@ForAll("idBodies") String body) {
        assertThat(ResidentIdNumber.isValid(body + idCheck(body))).isTrue();
        assertThat(ResidentIdNumber.isValid((body + idCheck(body)).toLowerCase())).isTrue();
    }

    @Property
    void aChangedIdDigitIsDetected(@ForAll("idBodies") String body, @ForAll @IntRange(max = 16) int position,
                                   @ForAll @IntRange(min = 1, max = 9) int shift) {
        String number = body + idCheck(body);
        char replacement = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
        assertThat(ResidentIdNumber.isValid(number.substring(0, position) + replacement + number.substring(position + 1))).isFalse();
    }

    @Provide
    Arbitrary<String> cardBodies() {
        return Arbitraries.strings().numeric().ofMinLength(12).ofMaxLength(18);
    }

    @Property
    void aCardNumberWithItsLuhnDigitIsValid(@ForAll("cardBodies") String body) {
        assertThat(Luhn.isValid(body + luhnCheck(body))).isTrue();
    }

    @Property
    void aChangedCardDigitIsDetected(@ForAll("cardBodies") String body, @ForAll @IntRange(max = 11) int position,
                                     @ForAll @IntRange(min = 1, max = 9) int shift) {
        String number = body + luhnCheck(body);
        char replacement = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
        assertThat(Luhn.isValid(number.substring(0, position) + replacement + number.substring(position + 1))).isFalse();
    }

    @Property
    void anyTextIsAnsweredWithoutError(@ForAll String text) {
        assertThatCode(() -> ResidentIdNumber.isValid(text)).doesNotThrowAnyException();
        assertThatCode(() -> Luhn.isValid(text)).doesNotThrowAnyException();
        assertThat(PersonalData.mask(text, PersonalData.find(text))).hasSameSizeAs(text);
    }
}
