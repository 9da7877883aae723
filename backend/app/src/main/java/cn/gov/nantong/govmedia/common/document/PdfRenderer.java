package cn.gov.nantong.govmedia.common.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders HTML to PDF (parsed by jsoup, laid out by openhtmltopdf). CJK text needs a TrueType font with CJK glyphs, because PDFBox cannot embed
 * the CFF outlines of Noto Sans CJK: the first existing file of {@code govmedia.documents.fonts} is embedded under the
 * family name {@value #FONT_FAMILY}; without one the PDF is still produced, with missing glyphs. Blocking: call it on
 * a worker thread.
 */
@Component
public class PdfRenderer {

    /** The CSS font family that selects the embedded CJK font. */
    public static final String FONT_FAMILY = "cjk";

    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

    private final @Nullable File font;

    PdfRenderer(@Value("${govmedia.documents.fonts:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf,"
            + "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf}") List<String> fonts) {
        this.font = fonts.stream().map(File::new).filter(File::isFile).findFirst().orElse(null);
        if (font == null) {
            log.warn("no CJK TrueType font among {}: PDF documents will miss Chinese glyphs", fonts);
        }
    }

    public byte[] render(String html) {
        try {
            return render(html, font);
        } catch (RuntimeException e) {
            if (font == null) {
                throw e;
            }
            log.warn("rendering with {} failed, falling back to the built-in font", font, e);
            return render(html, null);
        }
    }

    private static byte[] render(String html, @Nullable File font) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (font != null) {
                builder.useFont(font, FONT_FAMILY);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
