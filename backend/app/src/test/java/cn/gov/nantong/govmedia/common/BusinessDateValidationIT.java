package cn.gov.nantong.govmedia.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** Date constraints (@PastOrPresent on decision dates) judge by the Shanghai business date, not the server's zone (UTC here). */
@IntegrationTest
class BusinessDateValidationIT {

    @Autowired
    LocalValidatorFactoryBean validator;

    @Test
    @DisplayName("Bean Validation's clock is the business clock (Asia/Shanghai), so a date of today in Shanghai is never 'in the future'")
    void validationUsesTheBusinessClock() {
        assertThat(validator.getClockProvider().getClock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }
}
