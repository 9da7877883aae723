package cn.gov.nantong.govmedia.common.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file the browser saves under its (Chinese) name rather than shows: Excel exports, PDF letters, notices. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity.BodyBuilder attachment(String fileName, String contentType) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, String fileName, String contentType) {
        return attachment(fileName, contentType).body(body);
    }
}
