package cn.gov.nantong.govmedia.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PhotoSanitizerTest {

    @Test
    @DisplayName("Art 28: a JPEG with GPS EXIF comes out as a JPEG with no APP1 segment and no EXIF, same size in pixels")
    @Tag("28.1")
    void gpsExifIsGone() throws IOException {
        byte[] upload = TestImages.jpegWithGps(64, 48);
        assertThat(TestImages.segments(upload)).contains(0xE1);
        assertThat(ImageIO.read(new ByteArrayInputStream(upload))).isNotNull();

        CleanPhoto clean = PhotoSanitizer.clean("photos[0]", upload);

        assertThat(clean.mediaType()).isEqualTo("image/jpeg");
        assertThat(TestImages.segments(clean.bytes())).doesNotContain(0xE1).contains(0xDA);
        assertThat(TestImages.contains(clean.bytes(), "Exif")).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth()).isEqualTo(64);
        assertThat(clean.width()).isEqualTo(64);
        assertThat(clean.height()).isEqualTo(48);
    }

    @Test
    @DisplayName("a photo taken on its side is turned upright before its EXIF is dropped")
    void orientationIsApplied() throws IOException {
        CleanPhoto clean = PhotoSanitizer.clean("photos[0]", TestImages.jpegWithOrientation(80, 40, 6));
        assertThat(clean.width()).isEqualTo(40);
        assertThat(clean.height()).isEqualTo(80);
        var image = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        // turned a quarter clockwise: the red left half is now on top, the blue right half below
        assertThat(new java.awt.Color(image.getRGB(20, 10)).getRed()).isGreaterThan(200);
        assertThat(new java.awt.Color(image.getRGB(20, 70)).getBlue()).isGreaterThan(200);
        assertThat(TestImages.segments(clean.bytes())).doesNotContain(0xE1);
        assertThat(PhotoSanitizer.clean("p", TestImages.jpegWithOrientation(80, 40, 1)).width()).isEqualTo(80);
    }

    @Test
    @DisplayName("the type comes from the bytes: PNG stays PNG, WebP is kept as PNG or JPEG, anything else is refused")
    void typeIsSniffed() {
        assertThat(PhotoSanitizer.clean("p", TestImages.png(10, 10)).mediaType()).isEqualTo("image/png");
        CleanPhoto webp = PhotoSanitizer.clean("p", TestImages.WEBP);
        assertThat(webp.mediaType()).isIn("image/png", "image/jpeg");
        assertThat(webp.width()).isEqualTo(1);
        byte[] gif = "GIF89a-not-allowed".getBytes();
        assertThatThrownBy(() -> PhotoSanitizer.clean("photos[1]", gif)).isInstanceOfSatisfying(ApiProblemException.class,
                problem -> assertThat(problem.toProblem().errors()).singleElement()
                        .satisfies(e -> assertThat(e.field() + ":" + e.code()).isEqualTo("photos[1]:MediaType")));
    }

    @Test
    @DisplayName("a damaged or truncated image is refused as corrupt, never half-read")
    void corruptIsRefused() {
        byte[] garbage = new byte[2000];
        Arrays.fill(garbage, (byte) 7);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        byte[] jpeg = TestImages.jpeg(200, 150);
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        for (byte[] bad : new byte[][] {garbage, truncated}) {
            assertThatThrownBy(() -> PhotoSanitizer.clean("photos[0]", bad)).isInstanceOfSatisfying(ApiProblemException.class,
                    problem -> assertThat(problem.toProblem().errors()).singleElement()
                            .satisfies(e -> assertThat(e.code()).isEqualTo("Corrupt")));
        }
    }
}
