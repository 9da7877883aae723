package cn.gov.nantong.govmedia.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The login form, in Chinese. */
@Controller
class LoginPage {

    private static final String PAGE = """
            <!doctype html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>登录 - 南通市政务新媒体管理平台</title>
              <link rel="stylesheet" href="/login.css">
            </head>
            <body>
              <main class="card">
                <h1>南通市政务新媒体管理平台</h1>
                <p class="sub">统一身份认证</p>
                %s
                <form method="post" action="/login">
                  <label for="username">用户名</label>
                  <input id="username" name="username" autocomplete="username" required autofocus>
                  <label for="password">密码</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit">登录</button>
                </form>
              </main>
            </body>
            </html>
            """;

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String login(HttpServletRequest request, CsrfToken csrf) {
        String message = "";
        if (request.getParameter("error") != null) {
            message = "<p class=\"error\" role=\"alert\">用户名或密码错误</p>";
        } else if (request.getParameter("logout") != null) {
            message = "<p class=\"info\" role=\"status\">您已退出登录</p>";
        }
        return PAGE.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
