package cn.gov.nantong.govmedia.common.document;

import cn.gov.nantong.govmedia.common.document.OfficialDocument.Block;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Heading;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Paragraph;
import cn.gov.nantong.govmedia.common.document.OfficialDocument.Table;
import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.data.DocumentRenderData;
import com.deepoove.poi.data.Documents;
import com.deepoove.poi.data.Paragraphs;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.Tables;
import com.deepoove.poi.policy.DocumentRenderPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an {@link OfficialDocument} from its templates: {@code documents/official.html} (Thymeleaf) for the preview
 * and the PDF, {@code documents/official-docx/} (a Word document kept as its XML parts, filled by poi-tl) for the
 * editable .docx. Blocking: call it on a worker thread.
 */
@Component
public class OfficialDocuments {

    /** The Word template's configuration, built once: the body is a rendered document (poi-tl shares it across renders). */
    private static final Configure DOCX_CONFIGURE = Configure.builder().bind("body", new DocumentRenderPolicy()).build();

    public static final String DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String DOCX_TEMPLATE = "documents/official-docx/";
    private static final List<String> DOCX_PARTS = List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml",
            "word/styles.xml", "word/_rels/document.xml.rels");

    private final TemplateEngine html = htmlEngine();
    private final byte[] docxTemplate = zip(DOCX_TEMPLATE, DOCX_PARTS);
    private final PdfRenderer pdf;

    OfficialDocuments(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    public String html(OfficialDocument document) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, model(document));
        context.setVariable("fontFamily", PdfRenderer.FONT_FAMILY);
        return html.process("official", context);
    }

    public byte[] pdf(OfficialDocument document) {
        return pdf.render(html(document));
    }

    public byte[] docx(OfficialDocument document) {
        Map<String, Object> model = model(document);
        model.put("body", docxBody(document.body()));
        try (XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(docxTemplate), DOCX_CONFIGURE).render(model);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            template.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain values only: the templates read maps and lists, never call methods. */
    private static Map<String, Object> model(OfficialDocument d) {
        Map<String, Object> model = new HashMap<>();
        model.put("masthead", d.masthead());
        model.put("number", d.numberText());
        model.put("title", d.title());
        model.put("addressee", d.addressee());
        model.put("blocks", d.body().stream().map(OfficialDocuments::block).toList());
        model.put("signatory", d.signatory());
        model.put("date", d.dateText());
        model.put("imprint", d.imprint() == null ? "" : d.imprint() + "　　" + d.dateText() + "印发");
        return model;
    }

    private static Map<String, Object> block(Block block) {
        if (block instanceof Heading h) {
            return Map.of("kind", "heading", "text", h.text());
        }
        if (block instanceof Paragraph p) {
            return Map.of("kind", "paragraph", "text", p.text());
        }
        Table t = (Table) block;
        return Map.of("kind", "table", "header", t.header(), "rows", t.rows());
    }

    private static DocumentRenderData docxBody(List<Block> blocks) {
        Documents.DocumentBuilder body = Documents.of();
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                body.addParagraph(Paragraphs.of(h.text()).styleId("SectionHeading").create());
            } else if (block instanceof Paragraph p) {
                body.addParagraph(Paragraphs.of(p.text()).styleId("BodyText").create());
            } else if (block instanceof Table t) {
                Tables.TableBuilder table = Tables.ofA4Width().addRow(
                        Rows.of(t.header().toArray(String[]::new)).textBold().textFontSize(10).repeatedHeader().create());
                t.rows().forEach(row -> table.addRow(Rows.of(row.toArray(String[]::new)).textFontSize(10).create()));
                body.addTable(table.create());
            }
        }
        return body.create();
    }

    private static TemplateEngine htmlEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The Word template is kept as its XML parts, so that it can be read and reviewed; here they become a .docx. */
    private static byte[] zip(String folder, List<String> parts) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String part : parts) {
                try (InputStream in = OfficialDocuments.class.getClassLoader().getResourceAsStream(folder + part)) {
                    if (in == null) {
                        throw new IllegalStateException("missing template part " + folder + part);
                    }
                    zip.putNextEntry(new ZipEntry(part));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
