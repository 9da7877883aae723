package cn.gov.nantong.govmedia.common.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text of a rendered document, as a reader of the file would get it. */
public final class DocumentText {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

    private DocumentText() {
    }

    public static String pdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String docx(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs of Latin letters left once URLs and the given names are taken out: none in a document fit to send out. */
    public static List<String> latinOutside(String text, String... names) {
        String rest = URL.matcher(text).replaceAll(" ");
        for (String name : names) {
            rest = rest.replace(name, " ");
        }
        return LATIN.matcher(rest).results().map(m -> m.group()).toList();
    }
}
