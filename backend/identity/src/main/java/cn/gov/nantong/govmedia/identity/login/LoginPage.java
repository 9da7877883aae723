package cn.gov.nantong.govmedia.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The login form, in Chinese. An unknown user and a wrong password read the same (no user enumeration). */
@Controller
class LoginPage {

    static final String BAD_CREDENTIALS = "用户名或密码错误";
    private static final Map<String, String> ERRORS = Map.of(
            "locked", "连续登录失败次数过多，账号已锁定 15 分钟，请稍后再试或联系管理员",
            "disabled", "账号已停用，请联系管理员",
            "expired", "登录已超时，请重新登录");

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String login(HttpServletRequest request, CsrfToken csrf) {
        String error = request.getParameter("error");
        String message = error != null ? Page.error(ERRORS.getOrDefault(error, BAD_CREDENTIALS))
                : request.getParameter("logout") != null ? Page.info("您已退出登录")
                : request.getParameter("changed") != null ? Page.info("密码已修改，请用新密码登录") : "";
        return Page.render("统一身份认证", message, """
                <form method="post" action="/login">
                  <label for="username">用户名</label>
                  <input id="username" name="username" autocomplete="username" required autofocus>
                  <label for="password">密码</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  %s
                  <button type="submit">登录</button>
                </form>""".formatted(Page.csrf(csrf)));
    }
}
