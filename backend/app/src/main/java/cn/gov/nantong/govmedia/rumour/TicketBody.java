package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.common.document.RichText;
import java.util.List;
import java.util.regex.Pattern;

/** The text reviewers sign (Art 17): everything of the rebuttal that the public will see. */
final class TicketBody {

    private static final Pattern SCHEME = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);

    private TicketBody() {
    }

    static String of(RebuttalResponse r) {
        StringBuilder body = new StringBuilder();
        body.append("网传：").append(r.rumour()).append("\n\n");
        body.append("真相：").append(RichText.text(r.truth())).append("\n\n");
        if (r.evidence() != null || !r.evidenceLinks().isEmpty()) {
            body.append("依据：").append(r.evidence() == null ? "" : r.evidence()).append('\n');
            lines(body, r.evidenceLinks());
            body.append('\n');
        }
        if (!r.rumourAppearances().isEmpty()) {
            // where the rumour spread is named, not linked: it is the object refuted, not a page the rebuttal sends
            // readers to, so the commercial-link rule of Art 19 does not apply to it
            body.append("谣言出处（网传原帖，不作链接）：\n");
            r.rumourAppearances().forEach(url -> body.append(SCHEME.matcher(url).replaceFirst("")).append('\n'));
            body.append('\n');
        }
        body.append("评级：").append(r.verdictName()).append("\n发布单位：").append(r.organizationName());
        return body.toString();
    }

    private static void lines(StringBuilder body, List<String> urls) {
        urls.forEach(url -> body.append(url).append('\n'));
    }
}
