package cn.gov.nantong.govmedia.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.photo.TestImages;
import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** Photos on public submissions: up to three, sniffed, re-encoded without metadata, shown to the submitter and the handler. */
@IntegrationTest
class PhotoSubmissionIT {

    private static final String PATH = "/api/public/v1/complaints/with-photos";

    @Autowired
    WebTestClient web;

    @Autowired
    JsonMapper json;

    private final long ccHealth = Organizations.idOf("CC-HEALTH");

    @Test
    @DisplayName("Art 28: two photos are stored without EXIF; the submitter (with the token) and the handler see them, others get 404")
    @Tag("28.1")
    void photosTravelWithTheSubmission() throws IOException {
        long account = Fixture.account("健康崇川" + UUID.randomUUID().toString().substring(0, 4), "CC-HEALTH", "WEIBO",
                LocalDate.now().minusYears(1), "ACTIVE");
        Map<String, Object> body = Submissions.body("COMPLAINT", ccHealth, "小区垃圾无人清运", "照片为证 " + UUID.randomUUID());
        body.remove("organizationId");
        body.put("accountId", account);
        SubmissionReceipt receipt = post(body, TestImages.jpegWithGps(120, 90), TestImages.png(40, 30))
                .expectStatus().isCreated().expectBody(SubmissionReceipt.class).returnResult().getResponseBody();

        var status = web.get().uri("/api/public/v1/complaints/{n}", receipt.trackingNumber())
                .header("X-Query-Token", receipt.queryToken()).exchange().expectStatus().isOk()
                .expectBody(ComplaintStatusView.class).returnResult().getResponseBody();
        assertThat(status.photos()).extracting(p -> p.position() + ":" + p.mediaType() + ":" + p.width() + "x" + p.height())
                .containsExactly("1:image/jpeg:120x90", "2:image/png:40x30");

        long first = status.photos().get(0).id();
        byte[] mine = web.get().uri("/api/public/v1/complaints/{n}/photos/{p}", receipt.trackingNumber(), first)
                .header("X-Query-Token", receipt.queryToken()).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_JPEG)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(TestImages.segments(mine)).doesNotContain(0xE1);
        assertThat(TestImages.contains(mine, "Exif")).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(mine)).getWidth()).isEqualTo(120);
        web.get().uri("/api/public/v1/complaints/{n}/photos/{p}", receipt.trackingNumber(), first)
                .header("X-Query-Token", "wrong-token").exchange().expectStatus().isNotFound();

        long id = Submissions.idOf(receipt.trackingNumber());
        String handler = TestTokens.user("cc-handler", "CC-HEALTH", "HANDLER");
        web.get().uri("/api/v1/complaints/{id}/photos", id).headers(h -> h.setBearerAuth(handler)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(2);
        byte[] seen = web.get().uri("/api/v1/complaints/{id}/photos/{p}", id, status.photos().get(1).id())
                .headers(h -> h.setBearerAuth(handler)).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG).expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(ImageIO.read(new ByteArrayInputStream(seen)).getHeight()).isEqualTo(30);
        web.get().uri("/api/v1/complaints/{id}/photos/{p}", id, first).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/complaints/{id}/photos", id).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    @DisplayName("a wrong type, a damaged image or a fourth photo is a 400 naming the photo; over 5 MB a 413; nothing is stored")
    void badPhotosStoreNothing() {
        byte[] garbage = new byte[3000];
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        byte[] oversized = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(TestImages.jpeg(8, 8), 0, oversized, 0, 100);
        byte[] ok = TestImages.png(8, 8);
        record Case(String field, String code, int status, byte[][] photos) {
        }
        List<Case> cases = List.of(
                new Case("photos[1]", "MediaType", 400, new byte[][] {ok, "GIF89a fake".getBytes()}),
                new Case("photos[0]", "Corrupt", 400, new byte[][] {garbage}),
                new Case("photos", "MaxCount", 400, new byte[][] {ok, ok, ok, ok}),
                new Case("photos[0]", "MaxSize", 413, new byte[][] {oversized}));
        for (Case c : cases) {
            String title = "坏照片 " + c.code();
            post(Submissions.body("COMPLAINT", ccHealth, title, "内容 " + UUID.randomUUID()), c.photos())
                    .expectStatus().isEqualTo(c.status())
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(c.field()).jsonPath("$.errors[0].code").isEqualTo(c.code())
                    .jsonPath("$.errors[0].message").isNotEmpty();
            assertThat(Submissions.longValue("select count(*) from complaints where title = ?", title)).as(c.code()).isZero();
        }
    }

    @Test
    @DisplayName("without photos the multipart form is an ordinary submission; a bad JSON part gets field errors")
    void multipartWithoutPhotos() {
        post(Submissions.body("SUGGESTION", ccHealth, "无照片", "只有文字 " + UUID.randomUUID())).expectStatus().isCreated();
        Map<String, Object> missingTitle = Submissions.body("SUGGESTION", ccHealth, "", "内容");
        post(missingTitle).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("title");
    }

    /**
     * The multipart body written out by hand: the test client's multipart writer draws its boundary from SecureRandom on
     * an event loop thread, which BlockHound (rightly) refuses.
     */
    private WebTestClient.ResponseSpec post(Map<String, Object> submission, byte[]... photos) {
        String boundary = "govmedia-photo-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"submission\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(json.writeValueAsBytes(submission));
        for (int i = 0; i < photos.length; i++) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"photo-" + i
                    + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(photos[i]);
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return web.post().uri(PATH).contentType(new MediaType(MediaType.MULTIPART_FORM_DATA, Map.of("boundary", boundary)))
                .bodyValue(body.toByteArray()).exchange();
    }
}
