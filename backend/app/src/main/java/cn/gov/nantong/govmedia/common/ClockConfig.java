package cn.gov.nantong.govmedia.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business dates are Asia/Shanghai dates (a setting); inject the clock rather than calling now(). */
@Configuration
class ClockConfig {

    @Bean
    Clock clock(GovMediaProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
