package cn.gov.nantong.govmedia.identity.login;

import cn.gov.nantong.govmedia.identity.GovMediaUser;
import cn.gov.nantong.govmedia.identity.user.LoginEvent;
import cn.gov.nantong.govmedia.identity.user.UserAccounts;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor: the code of an enrolled authenticator app after the password ({@code /mfa}), and enrolment
 * ({@code /mfa/setup}), required for CITY_ADMIN and AUDITOR where the deployment says so, open to anyone logged in.
 * Wrong codes count towards the lock-out like wrong passwords.
 */
@Controller
class SecondFactorPages {

    private static final String SECRET = SecondFactorPages.class.getName() + ".secret";

    private final UserAccounts accounts;
    private final SecondFactor factor;
    private final LoginFlow flow;

    SecondFactorPages(UserAccounts accounts, SecondFactor factor, LoginFlow flow) {
        this.accounts = accounts;
        this.factor = factor;
        this.flow = flow;
    }

    @GetMapping("/mfa")
    void codeForm(HttpServletRequest request, HttpServletResponse response, CsrfToken csrf) throws IOException {
        if (!PendingSteps.awaiting(request, Step.VERIFY_SECOND_FACTOR)) {
            response.sendRedirect("/login");
            return;
        }
        write(response, HttpServletResponse.SC_OK, "二次验证", Page.info("请输入身份验证器应用显示的 6 位动态码"), codeForm("/mfa", "验证", csrf));
    }

    @PostMapping("/mfa")
    void verify(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
                Authentication authentication, CsrfToken csrf) throws IOException, ServletException {
        if (!PendingSteps.awaiting(request, Step.VERIFY_SECOND_FACTOR)) {
            response.sendRedirect("/login");
            return;
        }
        GovMediaUser user = accounts.find(authentication.getName()).orElseThrow();
        if (factor.verify(user.totpSecret(), code)) {
            flow.proceed(request, response, PendingSteps.complete(request, Step.VERIFY_SECOND_FACTOR), authentication);
        } else if (flow.countFailure(user.getUsername(), LoginEvent.TOTP_FAILED, request)) {
            flow.abandon(request, response, "locked");
        } else {
            write(response, HttpServletResponse.SC_BAD_REQUEST, "二次验证", Page.error("动态码错误或已过期，请重新输入"),
                    codeForm("/mfa", "验证", csrf));
        }
    }

    @GetMapping("/mfa/setup")
    void setupForm(HttpServletRequest request, HttpServletResponse response, Authentication authentication, CsrfToken csrf)
            throws IOException {
        write(response, HttpServletResponse.SC_OK, "启用二次验证", Page.info("请用身份验证器应用添加以下密钥，再输入它显示的 6 位动态码"),
                enrolment(request.getSession(), authentication.getName(), csrf));
    }

    @PostMapping("/mfa/setup")
    void enrol(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
               Authentication authentication, CsrfToken csrf) throws IOException, ServletException {
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(SECRET);
        if (!factor.verify(secret, code)) {
            write(response, HttpServletResponse.SC_BAD_REQUEST, "启用二次验证", Page.error("动态码错误或已过期，请重新输入"),
                    enrolment(session, authentication.getName(), csrf));
            return;
        }
        session.removeAttribute(SECRET);
        accounts.enrollSecondFactor(authentication.getName(), secret);
        accounts.recordEvent(authentication.getName(), LoginEvent.TOTP_ENROLLED, request.getRemoteAddr());
        if (PendingSteps.awaiting(request, Step.ENROL_SECOND_FACTOR)) {
            flow.proceed(request, response, PendingSteps.complete(request, Step.ENROL_SECOND_FACTOR), authentication);
        } else {
            write(response, HttpServletResponse.SC_OK, "启用二次验证", Page.info("二次验证已启用，今后登录时需输入动态码"), "");
        }
    }

    private String enrolment(HttpSession session, String username, CsrfToken csrf) {
        String secret = (String) session.getAttribute(SECRET);
        if (secret == null) {
            secret = factor.newSecret();
            session.setAttribute(SECRET, secret);
        }
        return """
                <p>密钥 <code id="totp-secret">%s</code></p>
                <p class="uri">%s</p>
                %s""".formatted(Page.escape(secret), Page.escape(SecondFactor.enrolmentUri(username, secret)),
                codeForm("/mfa/setup", "启用", csrf));
    }

    private static String codeForm(String action, String button, CsrfToken csrf) {
        return """
                <form method="post" action="%s">
                  <label for="code">动态码</label>
                  <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" required autofocus>
                  %s
                  <button type="submit">%s</button>
                </form>""".formatted(action, Page.csrf(csrf), button);
    }

    private static void write(HttpServletResponse response, int status, String title, String message, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.getWriter().write(Page.render(title, message, body));
    }
}
