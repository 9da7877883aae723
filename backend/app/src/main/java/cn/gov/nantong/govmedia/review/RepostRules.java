package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.util.regex.Pattern;

/** Rule 21.2 of the measures: a repost names its source's URL and keeps the source's title unchanged (Art 21). */
final class RepostRules {

    private static final Pattern HTTP_URL = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);

    private RepostRules() {
    }

    /** Throws a 400 on {@code sourceUrl} or {@code title} when a repost breaks rule 21.2; originals pass. */
    static void check(boolean repost, String title, String sourceUrl, String sourceTitle) {
        if (!repost) {
            return;
        }
        if (sourceUrl == null || sourceUrl.isBlank() || !HTTP_URL.matcher(sourceUrl.trim()).matches()) {
            throw ApiProblemException.invalidField("sourceUrl", "REPOST_SOURCE_URL",
                    "转载须填写来源网址（http 或 https 链接）（《办法》第二十一条）",
                    "a repost must give its source's http(s) URL (Art 21)");
        }
        if (sourceTitle != null && !sourceTitle.isBlank() && !sourceTitle.trim().equals(title == null ? null : title.trim())) {
            throw ApiProblemException.invalidField("title", "REPOST_TITLE_CHANGED",
                    "转载不得修改标题，标题须与来源标题“" + sourceTitle.trim() + "”一致（《办法》第二十一条）",
                    "a repost must keep the source's title unchanged (Art 21)");
        }
    }
}
