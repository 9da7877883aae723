package cn.gov.nantong.govmedia.common.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strong validators for public answers: the ETag is a hash of the exact representation sent (so it changes with
 * the content, the page and the media type), and a matching If-None-Match answers 304 without a body.
 */
@Component
public class HttpCaching {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final JsonMapper json;

    HttpCaching(JsonMapper json) {
        this.json = json;
    }

    public <T> ResponseEntity<T> answer(T body, MediaType type, @Nullable String ifNoneMatch) {
        return respond(etag(json.writeValueAsBytes(body)), body, type, ifNoneMatch);
    }

    /**
     * The same answer with the body serialized once: the bytes the ETag is computed from are the bytes sent. Only for
     * handlers declared as {@code ResponseEntity<Object>}, whose documented schema is given by annotation.
     */
    public ResponseEntity<Object> answerSerialized(Object body, MediaType type, @Nullable String ifNoneMatch) {
        byte[] bytes = json.writeValueAsBytes(body);
        return respond(etag(bytes), bytes, type, ifNoneMatch);
    }

    private static <T> ResponseEntity<T> respond(String etag, T body, MediaType type, @Nullable String ifNoneMatch) {
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE).varyBy(HttpHeaders.ACCEPT).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CACHE).varyBy(HttpHeaders.ACCEPT).contentType(type).body(body);
    }

    private static String etag(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a W/ prefix is ignored. */
    public static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
