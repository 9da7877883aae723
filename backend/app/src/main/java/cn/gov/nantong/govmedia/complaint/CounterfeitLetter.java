package cn.gov.nantong.govmedia.complaint;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The letter asking a platform to close a confirmed fake (Art 30), as PDF (openhtmltopdf). CJK text needs a TrueType
 * font with CJK glyphs (PDFBox cannot embed the CFF outlines of Noto Sans CJK): the first existing file of
 * {@code govmedia.complaints.letter-fonts} is embedded; without one the letter is still produced, with missing glyphs.
 * Blocking: call it on a worker thread.
 */
@Component
class CounterfeitLetter {

    private static final Logger log = LoggerFactory.getLogger(CounterfeitLetter.class);

    record Content(String trackingNumber, String platform, String suspectName, @Nullable String suspectLink,
                   String organizationName, String date, @Nullable String reason) {
    }

    private final @Nullable File font;

    CounterfeitLetter(ComplaintProperties properties) {
        this.font = properties.letterFonts().stream().map(File::new).filter(File::isFile).findFirst().orElse(null);
        if (font == null) {
            log.warn("no CJK TrueType font among {}: counterfeit letters will miss Chinese glyphs", properties.letterFonts());
        }
    }

    byte[] render(Content content) {
        try {
            return render(html(content), font);
        } catch (RuntimeException e) {
            if (font == null) {
                throw e;
            }
            log.warn("rendering with {} failed, falling back to the built-in font", font, e);
            return render(html(content), null);
        }
    }

    private static byte[] render(String html, @Nullable File font) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (font != null) {
                builder.useFont(font, "cjk");
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String html(Content c) {
        String link = c.suspectLink() == null ? "" : "<p>账号链接：" + e(c.suspectLink()) + "</p>";
        String reason = c.reason() == null ? "" : "<p>核实情况：" + e(c.reason()) + "</p>";
        return """
                <html><head><style>
                  body { font-family: cjk, sans-serif; font-size: 12pt; line-height: 1.8; }
                  h1 { text-align: center; font-size: 18pt; }
                  .right { text-align: right; }
                </style></head><body>
                <h1>关于关停假冒政务新媒体账号的函</h1>
                <p>%s平台运营方：</p>
                <p>经核实，贵平台账号“%s”冒用%s名义开设，并非该单位开设的政务新媒体账号。根据《南通市政务新媒体管理办法（试行）》第三十条，
                请贵平台依法依规予以关停，并将处理结果函告我单位。</p>
                %s%s
                <p>受理编号：%s</p>
                <p class="right">%s</p>
                <p class="right">%s</p>
                </body></html>""".formatted(e(c.platform()), e(c.suspectName()), e(c.organizationName()), link, reason,
                e(c.trackingNumber()), e(c.organizationName()), e(c.date()));
    }

    private static String e(String text) {
        return Entities.escape(text);
    }
}
