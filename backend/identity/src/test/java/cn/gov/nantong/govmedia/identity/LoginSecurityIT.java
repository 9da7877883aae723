package cn.gov.nantong.govmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.identity.support.Browser;
import cn.gov.nantong.govmedia.identity.support.IdentityTest;
import cn.gov.nantong.govmedia.identity.support.MutableClock;
import cn.gov.nantong.govmedia.identity.support.Pkce;
import cn.gov.nantong.govmedia.identity.user.NewUser;
import cn.gov.nantong.govmedia.identity.user.UserAccounts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

@IdentityTest
@TestPropertySource(properties = "govmedia.identity.mfa-required=true")
class LoginSecurityIT {

    private static final String TEMPORARY = "Temp#Pass2026";

    @Autowired
    JdbcClient db;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MutableClock clock;
    @LocalServerPort
    int port;

    Browser browser;
    String base;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @BeforeEach
    void reset() {
        clock.reset();
        db.sql("truncate login_events").update();
        db.sql("delete from users where not demo").update();
        db.sql("update users set locked_until = null, totp_secret = null, must_change_password = false, enabled = true").update();
        browser = new Browser();
        base = "http://127.0.0.1:" + port;
    }

    @Test
    @DisplayName("passwords are stored as bcrypt hashes of the delegating encoder")
    void passwordsAreHashed() {
        String hash = db.sql("select password_hash from users where username = 'cc-operator'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2");
        assertThat(encoder.matches("demo", hash)).isTrue();
    }

    @Test
    @DisplayName("an unknown user and a wrong password get the same answer")
    void noUserEnumeration() {
        Browser.Page unknown = login("nobody-here", "whatever");
        Browser.Page wrong = login("cc-operator", "wrong");
        assertThat(unknown.location()).isEqualTo(wrong.location()).isEqualTo("/login?error");
        assertThat(browser.get(base + unknown.location()).body()).contains("用户名或密码错误");
    }

    @Test
    @DisplayName("5 failed logins within 15 minutes lock the name for 15 minutes, audited; an unknown name locks alike")
    void lockOut() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login("cc-operator", "wrong-" + attempt).location()).isEqualTo("/login?error");
        }
        assertThat(login("cc-operator", "wrong-5").location()).isEqualTo("/login?error=locked");
        assertThat(login("cc-operator", "demo").location()).as("the right password while locked").isEqualTo("/login?error=locked");
        assertThat(browser.get(base + "/login?error=locked").body()).contains("账号已锁定 15 分钟");
        assertThat(events("cc-operator")).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOCKED_OUT", "LOGIN_REFUSED_LOCKED");
        assertThat(db.sql("select locked_until > now() from users where username = 'cc-operator'").query(Boolean.class).single()).isTrue();

        for (int attempt = 1; attempt <= 5; attempt++) {
            login("no-such-user", "wrong");
        }
        assertThat(login("no-such-user", "wrong").location()).isEqualTo("/login?error=locked");

        clock.advance(Duration.ofMinutes(16));
        assertThat(login("cc-operator", "demo").location()).as("after 15 minutes").doesNotContain("error");
    }

    @Test
    @DisplayName("an administrator's unlock ends the lock at once")
    void unlock() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("cc-reviewer", "wrong");
        }
        accounts.recordEvent("cc-reviewer", cn.gov.nantong.govmedia.identity.user.LoginEvent.UNLOCKED, null);
        assertThat(login("cc-reviewer", "demo").location()).doesNotContain("error");
    }

    @Test
    @DisplayName("a disabled account is told so only after the right password")
    void disabled() {
        db.sql("update users set enabled = false where username = 'cc-handler'").update();
        assertThat(login("cc-handler", "wrong").location()).isEqualTo("/login?error");
        assertThat(login("cc-handler", "demo").location()).isEqualTo("/login?error=disabled");
        assertThat(browser.get(base + "/login?error=disabled").body()).contains("账号已停用");
    }

    @Test
    @DisplayName("an account an administrator created must change its password before any token is issued")
    void forcedPasswordChange() {
        accounts.create(new NewUser("new-operator", "新运维员", "CC-EDU", List.of("OPERATOR"), encoder.encode(TEMPORARY), true, false, "test"));
        browser.get(base + Pkce.authorizePath("govmedia-admin"));
        assertThat(login("new-operator", TEMPORARY).location()).isEqualTo("/password");
        assertThat(browser.get(base + Pkce.authorizePath("govmedia-admin")).location()).as("no code yet").isEqualTo("/password");

        Browser.Page form = browser.get(base + "/password");
        assertThat(form.body()).contains("id=\"new-password\"", "id=\"confirm-password\"", "修改密码");
        Browser.Page weak = browser.post(base + "/password", Map.of("newPassword", "short", "confirmPassword", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("至少 8 个字符", "至少 3 类");
        Browser.Page named = browser.post(base + "/password", Map.of("newPassword", "New-Operator1", "confirmPassword", "New-Operator1"));
        assertThat(named.body()).contains("不得与用户名相同或包含用户名");
        Browser.Page same = browser.post(base + "/password", Map.of("newPassword", TEMPORARY, "confirmPassword", TEMPORARY));
        assertThat(same.body()).contains("不得与当前密码相同");

        Browser.Page changed = browser.post(base + "/password", Map.of("newPassword", "Nantong#2026ok", "confirmPassword", "Nantong#2026ok"));
        Browser.Page callback = browser.follow(base, changed, Pkce.REDIRECT);
        assertThat(callback.location()).startsWith(Pkce.REDIRECT).contains("code=");
        assertThat(accounts.find("new-operator").orElseThrow().mustChangePassword()).isFalse();
        assertThat(events("new-operator")).containsExactly("PASSWORD_REJECTED", "PASSWORD_REJECTED", "PASSWORD_REJECTED",
                "PASSWORD_CHANGED", "LOGIN_SUCCEEDED");
    }

    @Test
    @DisplayName("with MFA required, CITY_ADMIN enrols a TOTP second factor, then gives a code at every login")
    void secondFactor() {
        browser.get(base + Pkce.authorizePath("govmedia-admin"));
        assertThat(login("city-admin", "demo").location()).isEqualTo("/mfa/setup");
        assertThat(browser.get(base + Pkce.authorizePath("govmedia-admin")).location()).isEqualTo("/mfa/setup");
        Browser.Page setup = browser.get(base + "/mfa/setup");
        String secret = setup.body().replaceAll("(?s).*<code id=\"totp-secret\">([A-Z2-7]+)</code>.*", "$1");
        assertThat(new Base32().decode(secret)).hasSize(20);
        assertThat(browser.post(base + "/mfa/setup", Map.of("code", "000000")).status()).isEqualTo(400);
        Browser.Page enrolled = browser.post(base + "/mfa/setup", Map.of("code", totp(secret)));
        assertThat(browser.follow(base, enrolled, Pkce.REDIRECT).location()).startsWith(Pkce.REDIRECT).contains("code=");

        browser = new Browser();
        browser.get(base + Pkce.authorizePath("govmedia-admin"));
        assertThat(login("city-admin", "demo").location()).isEqualTo("/mfa");
        browser.get(base + "/mfa");
        Browser.Page wrong = browser.post(base + "/mfa", Map.of("code", "123456".equals(totp(secret)) ? "654321" : "123456"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("动态码错误");
        Browser.Page right = browser.post(base + "/mfa", Map.of("code", totp(secret)));
        assertThat(browser.follow(base, right, Pkce.REDIRECT).location()).startsWith(Pkce.REDIRECT).contains("code=");
        assertThat(events("city-admin")).containsExactly("TOTP_ENROLLED", "LOGIN_SUCCEEDED", "TOTP_FAILED", "LOGIN_SUCCEEDED");
    }

    @Test
    @DisplayName("wrong second-factor codes count towards the lock-out")
    void secondFactorGuessingLocks() {
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        accounts.enrollSecondFactor("cc-deputy", secret);
        assertThat(login("cc-deputy", "demo").location()).isEqualTo("/mfa");
        browser.get(base + "/mfa");
        String wrongCode = "123456".equals(totp(secret)) ? "654321" : "123456";
        Browser.Page last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            last = browser.post(base + "/mfa", Map.of("code", wrongCode));
        }
        assertThat(last.location()).isEqualTo("/login?error=locked");
        assertThat(login("cc-deputy", "demo").location()).isEqualTo("/login?error=locked");
    }

    private Browser.Page login(String username, String password) {
        browser.get(base + "/login");
        return browser.post(base + "/login", Map.of("username", username, "password", password));
    }

    private String totp(String secret) {
        try {
            var generator = new com.eatthepath.otp.TimeBasedOneTimePasswordGenerator();
            return generator.generateOneTimePasswordString(
                    new javax.crypto.spec.SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), clock.instant());
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> events(String username) {
        return db.sql("select event from login_events where username = :username order by id")
                .param("username", username).query(String.class).list();
    }
}
