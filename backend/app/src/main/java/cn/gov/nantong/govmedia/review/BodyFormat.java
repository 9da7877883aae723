package cn.gov.nantong.govmedia.review;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A ticket body is plain text or rich text (HTML from an editor). Rich text is sanitized before anything else sees
 * it: only formatting, links, images and tables survive; scripts, event handlers, styles and javascript: links are
 * dropped, so a stored body is safe to render in the admin app and on the account.
 */
public enum BodyFormat {
    TEXT, HTML;

    private static final Safelist RICH_TEXT = Safelist.relaxed().removeTags("colgroup", "col")
            .addProtocols("a", "href", "https").addProtocols("img", "src", "https");

    String normalize(String body) {
        if (this == TEXT) {
            return body;
        }
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(body, "", RICH_TEXT, compact);
    }
}
