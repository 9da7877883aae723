package cn.gov.nantong.govmedia.identity.user;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code make admin-user NAME=… ORG=… DISPLAY=…}: creates the first CITY_ADMIN with a one-time password, printed once,
 * that must be changed at the first login. Refuses a name that exists.
 */
@Component
@ConditionalOnProperty("govmedia.identity.admin-user.username")
class AdminUserCommand implements ApplicationRunner {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final String username;
    private final String organizationCode;
    private final String displayName;

    AdminUserCommand(UserAccounts accounts, PasswordEncoder encoder,
                     @Value("${govmedia.identity.admin-user.username}") String username,
                     @Value("${govmedia.identity.admin-user.organization:NT-GOV-OFFICE}") String organizationCode,
                     @Value("${govmedia.identity.admin-user.display-name:市政府办管理员}") String displayName) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
        this.organizationCode = organizationCode.trim();
        this.displayName = displayName.trim();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new IllegalArgumentException("用户名须为 3–64 位小写字母、数字、点、下划线或连字符 / "
                    + "the user name must be 3-64 of a-z 0-9 . _ -: " + username);
        }
        String password = OneTimePasswords.generate();
        boolean created = accounts.create(new NewUser(username, displayName, organizationCode, List.of("CITY_ADMIN"),
                encoder.encode(password), true, false, "admin-user command"));
        if (!created) {
            throw new IllegalStateException("用户已存在 / the user exists already: " + username);
        }
        System.out.printf("%n已创建市级管理员 / created CITY_ADMIN %s (%s, %s)%n一次性密码 / one-time password: %s%n"
                + "首次登录时须修改 / it must be changed at the first login.%n%n", username, displayName, organizationCode, password);
    }
}
