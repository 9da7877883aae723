package cn.gov.nantong.govmedia.contentcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Art 20: personal data is found by its check digits, not by its length alone. */
class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = {"32060219900101123X", "32060219900101123x", "320684198506150040"})
    void art20ResidentIdNumbersWithTheRightCheckDigitAreValid(String id) {
        assertThat(ResidentIdNumber.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"320602199001011230", "320684198506150041", "320602199013011231", "32060219900101123", "A20602199001011230"})
    void art20AWrongCheckDigitOrBirthDateIsNotAnId(String id) {
        assertThat(ResidentIdNumber.isValid(id)).isFalse();
    }

    @Test
    void luhnTellsCardNumbersFromOtherDigits() {
        assertThat(Luhn.isValid("6222021001123456789")).isTrue();
        assertThat(Luhn.isValid("6217000000000000004")).isTrue();
        assertThat(Luhn.isValid("6222021001123456788")).isFalse();
        assertThat(Luhn.isValid("0")).isFalse();
    }

    @Test
    @Tag("20.2")
    void art20FindsAndMasksEachKind() {
        String text = "联系人身份证320684198506150040，手机13812345678，卡号6222021001123456789，邮箱wangmin@example.com。";
        List<PersonalData.Match> found = PersonalData.find(text);
        assertThat(found).extracting(PersonalData.Match::kind).containsExactly(PersonalData.Kind.RESIDENT_ID,
                PersonalData.Kind.MOBILE, PersonalData.Kind.BANK_CARD, PersonalData.Kind.EMAIL);
        assertThat(found.get(0).start()).isEqualTo(text.indexOf("3206"));
        assertThat(PersonalData.mask(text, found)).isEqualTo(
                "联系人身份证320684********0040，手机138****5678，卡号***************6789，邮箱w***@example.com。");
    }

    @Test
    @Tag("20.2")
    void art20NumbersThatFailTheirChecksAreLeftAlone() {
        String text = "订单号320684198506150042，流水号6222021001123456788，电话051385123456。";
        assertThat(PersonalData.find(text)).isEmpty();
    }
}
