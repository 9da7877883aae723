package cn.gov.nantong.govmedia.common.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text written in the admin app's editor: sanitized before it is stored or shown, so it is safe to render in the
 * admin app and on the public pages. Only formatting, links, images and tables survive; scripts, event handlers, styles
 * and javascript: links are dropped. Plain text stays what it says (its special characters escaped).
 */
public final class RichText {

    private static final Safelist SAFE = Safelist.relaxed().removeTags("colgroup", "col")
            .addProtocols("a", "href", "https").addProtocols("img", "src", "https");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    public static String sanitize(String html) {
        return Jsoup.clean(html, "", SAFE, COMPACT);
    }

    /** The text a reader sees: each paragraph, heading, list item and line break ends a line. */
    public static String text(String html) {
        String marked = html.replaceAll("(?i)(</(p|h[1-6]|li|blockquote)>|<br\\s*/?>)", "$1\n");
        return Jsoup.parse(marked).wholeText().strip();
    }
}
