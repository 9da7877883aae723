package cn.gov.nantong.govmedia.identity.login;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/** The provider's pages share one frame: title, an optional message, a form. Values are escaped here. */
final class Page {

    private static final String FRAME = """
            <!doctype html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>%s - 南通市政务新媒体管理平台</title>
              <link rel="stylesheet" href="/login.css">
            </head>
            <body>
              <main class="card">
                <h1>南通市政务新媒体管理平台</h1>
                <p class="sub">%s</p>
                %s
                %s
              </main>
            </body>
            </html>
            """;

    private Page() {
    }

    static String render(String title, String message, String body) {
        return FRAME.formatted(escape(title), escape(title), message, body);
    }

    static String error(String text) {
        return text == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(text) + "</p>";
    }

    static String info(String text) {
        return text == null ? "" : "<p class=\"info\" role=\"status\">" + escape(text) + "</p>";
    }

    static String csrf(CsrfToken csrf) {
        return "<input type=\"hidden\" name=\"%s\" value=\"%s\">".formatted(escape(csrf.getParameterName()), escape(csrf.getToken()));
    }

    static String escape(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value);
    }
}
