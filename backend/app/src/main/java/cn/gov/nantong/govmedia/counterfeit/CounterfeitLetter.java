package cn.gov.nantong.govmedia.counterfeit;

import cn.gov.nantong.govmedia.common.document.OfficialDocument;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Block;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Paragraph;
import cn.gov.nantong.govmedia.common.document.OfficialDocuments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The letter asking a platform to close a confirmed fake (Art 30), as PDF. Blocking: call it on a worker thread. */
@Component
class CounterfeitLetter {

    record Content(String trackingNumber, String platform, String suspectName, @Nullable String suspectLink,
                   String organizationName, LocalDate date, @Nullable String reason) {
    }

    private final OfficialDocuments documents;

    CounterfeitLetter(OfficialDocuments documents) {
        this.documents = documents;
    }

    byte[] render(Content content) {
        return documents.pdf(document(content));
    }

    /** A letter (信函格式): the organization's own masthead, no imprint. */
    static OfficialDocument document(Content c) {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("经核实，贵平台账号“%s”冒用%s名义开设，并非该单位开设的政务新媒体账号。根据《南通市政务新媒体管理办法（试行）》第三十条，"
                .formatted(c.suspectName(), c.organizationName()) + "请贵平台依法依规予以关停，并将处理结果函告我单位。"));
        if (c.suspectLink() != null) {
            body.add(new Paragraph("账号链接：" + c.suspectLink()));
        }
        if (c.reason() != null) {
            body.add(new Paragraph("核实情况：" + c.reason()));
        }
        body.add(new Paragraph("受理编号：" + c.trackingNumber()));
        body.add(new Paragraph("特此函告。"));
        return new OfficialDocument(c.organizationName(), null, "关于关停假冒政务新媒体账号的函", c.platform() + "平台运营方：", body,
                c.organizationName(), c.date(), null);
    }
}
