package cn.gov.nantong.govmedia.common.document;

import java.util.List;

/** The document renderers outside Spring, with the CJK font the application uses. */
public final class OfficialDocumentsTestSupport {

    public static final OfficialDocuments DOCUMENTS = new OfficialDocuments(new PdfRenderer(List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf")));

    private OfficialDocumentsTestSupport() {
    }
}
