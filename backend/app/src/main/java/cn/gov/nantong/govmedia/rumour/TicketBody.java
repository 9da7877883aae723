package cn.gov.nantong.govmedia.rumour;

import java.util.List;

/** The text reviewers sign (Art 17): everything of the rebuttal that the public will see. */
final class TicketBody {

    private TicketBody() {
    }

    static String of(RebuttalResponse r) {
        StringBuilder body = new StringBuilder();
        body.append("网传：").append(r.rumour()).append("\n\n");
        body.append("真相：").append(r.truth()).append("\n\n");
        if (r.evidence() != null || !r.evidenceLinks().isEmpty()) {
            body.append("依据：").append(r.evidence() == null ? "" : r.evidence()).append('\n');
            lines(body, r.evidenceLinks());
            body.append('\n');
        }
        if (!r.rumourAppearances().isEmpty()) {
            body.append("谣言出处：\n");
            lines(body, r.rumourAppearances());
            body.append('\n');
        }
        body.append("评级：").append(r.verdictName()).append("\n发布单位：").append(r.organizationName());
        return body.toString();
    }

    private static void lines(StringBuilder body, List<String> urls) {
        urls.forEach(url -> body.append(url).append('\n'));
    }
}
