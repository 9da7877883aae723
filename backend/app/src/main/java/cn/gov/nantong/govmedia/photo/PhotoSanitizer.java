package cn.gov.nantong.govmedia.photo;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded image into one that is safe to keep (Art 28): the type is read from the bytes, never from the
 * header; the pixels are decoded and encoded again, so EXIF (location, device), XMP and comments are gone. Huge
 * images are read at a reduced size, and images that claim absurd dimensions are refused before any pixel is decoded.
 * The camera's orientation is applied to the pixels first, so nothing of it is lost with the metadata.
 * Blocking and CPU-bound: callers run it off the event loop.
 */
final class PhotoSanitizer {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String WEBP = "image/webp";
    /** More pixels than any phone camera takes: a decompression bomb. */
    static final long MAX_PIXELS = 100_000_000L;
    /** The longer side of what is kept; larger images are subsampled while they are read. */
    static final int MAX_SIDE = 4096;

    static {
        ImageIO.setUseCache(false);
    }

    private PhotoSanitizer() {
    }

    static CleanPhoto clean(String field, byte[] upload) {
        String type = sniff(upload);
        if (type == null) {
            throw ApiProblemException.invalidField(field, "MediaType", "照片须为 JPEG、PNG 或 WebP 格式的图片",
                    "a photo must be a JPEG, PNG or WebP image");
        }
        BufferedImage decoded = decode(field, type, upload);
        if (type.equals(JPEG)) {
            decoded = ExifOrientation.upright(decoded, ExifOrientation.of(upload));
        }
        boolean alpha = decoded.getColorModel().hasAlpha();
        String stored = type.equals(PNG) || (type.equals(WEBP) && alpha) ? PNG : JPEG;
        byte[] bytes = encode(flatten(decoded, stored), stored);
        return new CleanPhoto(bytes, stored, decoded.getWidth(), decoded.getHeight(), sha256(bytes));
    }

    /** JPEG, PNG or WebP by their signatures; anything else is null. */
    static @Nullable String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A
                && b[6] == 0x1A && b[7] == 0x0A) {
            return PNG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return WEBP;
        }
        return null;
    }

    private static BufferedImage decode(String field, String type, byte[] upload) {
        ApiProblemException corrupt = ApiProblemException.invalidField(field, "Corrupt", "照片已损坏或不完整，无法读取",
                "the photo is damaged or incomplete and cannot be read");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            if (!readers.hasNext()) {
                throw corrupt;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw corrupt;
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw ApiProblemException.invalidField(field, "Dimensions", "照片尺寸过大（最多 1 亿像素）",
                            "the photo has too many pixels (at most 100 million)");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (Math.max(width, height) + MAX_SIDE - 1) / MAX_SIDE;
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                AtomicBoolean damaged = new AtomicBoolean();
                reader.addIIOReadWarningListener((source, warning) -> damaged.set(true));
                BufferedImage image = reader.read(0, param);
                if (damaged.get()) {
                    throw corrupt;
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblemException problem) {
                throw problem;
            }
            throw corrupt;
        }
    }

    /** Plain RGB for JPEG (transparency on white), ARGB for PNG: also drops palettes and odd colour models. */
    private static BufferedImage flatten(BufferedImage image, String type) {
        boolean jpeg = type.equals(JPEG);
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(),
                jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            if (jpeg) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, String type) {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(type).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type.equals(JPEG)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("re-encoding a decoded photo failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
