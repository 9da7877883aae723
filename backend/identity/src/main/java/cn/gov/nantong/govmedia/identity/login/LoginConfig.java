package cn.gov.nantong.govmedia.identity.login;

import cn.gov.nantong.govmedia.identity.IdentityProperties;
import cn.gov.nantong.govmedia.identity.user.UserAccounts;
import cn.gov.nantong.govmedia.identity.user.UserDirectory;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** The login chain: the form, the steps after it, logout. */
@Configuration
@ConditionalOnWebApplication
class LoginConfig {

    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http, LoginFlow flow) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login.css", "/actuator/health/**", "/actuator/health", "/error").permitAll()
                        .anyRequest().authenticated())
                .cors(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").successHandler(flow).failureHandler(flow).permitAll());
        return http.build();
    }

    /** The only authentication provider, so no default one can answer a password in its place. */
    @Bean
    AuthenticationProvider lockoutAuthenticationProvider(PasswordEncoder encoder, UserAccounts accounts,
                                                         IdentityProperties properties, Clock clock) {
        return new LockoutAuthenticationProvider(new UserDirectory(accounts), encoder, accounts, properties.lockout(), clock);
    }

    @Bean
    FilterRegistrationBean<PendingStepsFilter> pendingStepsFilter() {
        FilterRegistrationBean<PendingStepsFilter> registration = new FilterRegistrationBean<>(new PendingStepsFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
