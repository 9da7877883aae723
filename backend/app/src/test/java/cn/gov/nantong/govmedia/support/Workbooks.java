package cn.gov.nantong.govmedia.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What an exported .xlsx says, as one text (all its parts), for assertions on its cells. */
public final class Workbooks {

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#x([0-9a-fA-F]+);");

    private Workbooks() {
    }

    public static String text(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        try {
            // read through the central directory: the writer streams its entries with data descriptors
            Path file = Files.createTempFile("export", ".xlsx");
            try (ZipFile workbook = new ZipFile(Files.write(file, xlsx).toFile())) {
                for (ZipEntry entry : Collections.list(workbook.entries())) {
                    text.append(new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("not an .xlsx", e);
        }
        // The writer stores non-ASCII text as XML character references.
        return CHARACTER_REFERENCE.matcher(text).replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }
}
