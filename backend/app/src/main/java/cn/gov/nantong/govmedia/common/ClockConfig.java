package cn.gov.nantong.govmedia.common;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business dates are Asia/Shanghai dates (a setting); inject the clock rather than calling now(). */
@Configuration
class ClockConfig {

    @Bean
    Clock clock(GovMediaProperties properties) {
        return Clock.system(properties.timeZone());
    }

    /** @Past/@PastOrPresent/@Future compare with the business date too: from 00:00 to 08:00 in Shanghai, UTC is a day behind. */
    @Bean
    ValidationConfigurationCustomizer businessDateValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
