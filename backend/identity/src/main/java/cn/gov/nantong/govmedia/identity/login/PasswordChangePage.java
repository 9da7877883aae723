package cn.gov.nantong.govmedia.identity.login;

import cn.gov.nantong.govmedia.identity.GovMediaUser;
import cn.gov.nantong.govmedia.identity.user.LoginEvent;
import cn.gov.nantong.govmedia.identity.user.UserAccounts;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The forced password change at the first login of an account an administrator created or reset. */
@Controller
class PasswordChangePage {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final LoginFlow flow;

    PasswordChangePage(UserAccounts accounts, PasswordEncoder encoder, LoginFlow flow) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.flow = flow;
    }

    @GetMapping("/password")
    void form(HttpServletRequest request, HttpServletResponse response, CsrfToken csrf) throws IOException {
        if (!PendingSteps.awaiting(request, Step.CHANGE_PASSWORD)) {
            response.sendRedirect("/login");
            return;
        }
        write(response, HttpServletResponse.SC_OK, List.of(), csrf);
    }

    @PostMapping("/password")
    void change(@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
                HttpServletRequest request, HttpServletResponse response, Authentication authentication, CsrfToken csrf)
            throws IOException, ServletException {
        if (!PendingSteps.awaiting(request, Step.CHANGE_PASSWORD)) {
            response.sendRedirect("/login");
            return;
        }
        GovMediaUser user = accounts.find(authentication.getName()).orElseThrow();
        List<String> problems = new ArrayList<>(PasswordPolicy.violations(newPassword, user.getUsername()));
        if (!Objects.equals(newPassword, confirmPassword)) {
            problems.add("两次输入的新密码不一致");
        }
        if (problems.isEmpty() && encoder.matches(newPassword, user.getPassword())) {
            problems.add("新密码不得与当前密码相同");
        }
        if (!problems.isEmpty()) {
            accounts.recordEvent(user.getUsername(), LoginEvent.PASSWORD_REJECTED, request.getRemoteAddr());
            write(response, HttpServletResponse.SC_BAD_REQUEST, problems, csrf);
            return;
        }
        accounts.changePassword(user.getUsername(), encoder.encode(newPassword));
        accounts.recordEvent(user.getUsername(), LoginEvent.PASSWORD_CHANGED, request.getRemoteAddr());
        flow.proceed(request, response, PendingSteps.complete(request, Step.CHANGE_PASSWORD), authentication);
    }

    private static void write(HttpServletResponse response, int status, List<String> problems, CsrfToken csrf) throws IOException {
        String message = problems.stream().map(Page::error).reduce("", String::concat);
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.getWriter().write(Page.render("首次登录请修改密码", message.isEmpty()
                ? Page.info("管理员为您设置的是临时密码，请设置新密码：至少 8 位，含大写字母、小写字母、数字、符号中的 3 类，且不含用户名。")
                : message, """
                <form method="post" action="/password">
                  <label for="new-password">新密码</label>
                  <input id="new-password" name="newPassword" type="password" autocomplete="new-password" required autofocus>
                  <label for="confirm-password">确认新密码</label>
                  <input id="confirm-password" name="confirmPassword" type="password" autocomplete="new-password" required>
                  %s
                  <button type="submit">修改密码</button>
                </form>""".formatted(Page.csrf(csrf))));
    }
}
