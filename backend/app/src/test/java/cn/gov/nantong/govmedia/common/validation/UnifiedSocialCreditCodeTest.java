package cn.gov.nantong.govmedia.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "11320600MB0001000K", "11320613MB0001333U", "11320600MB0002073B"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "11320600MB0001000J", "11320600MB0001000", "11320600MB0001000KK",
            "11320600MI0001000K", "11320600mb0001000K", ""})
    void refusesWrongCheckCharactersLengthsAndLetters(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }
}
