package cn.gov.nantong.govmedia.counterfeit;

import cn.gov.nantong.govmedia.common.document.PdfRenderer;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The letter asking a platform to close a confirmed fake (Art 30), as PDF. Blocking: call it on a worker thread. */
@Component
class CounterfeitLetter {

    record Content(String trackingNumber, String platform, String suspectName, @Nullable String suspectLink,
                   String organizationName, String date, @Nullable String reason) {
    }

    private final PdfRenderer pdf;

    CounterfeitLetter(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    byte[] render(Content content) {
        return pdf.render(html(content));
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
