package cn.gov.nantong.govmedia.photo;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The one piece of a JPEG's EXIF worth keeping: which way up the camera was held (tag 0x0112). It is applied to the
 * pixels before the metadata is dropped, so a photo taken on its side is not shown rotated.
 */
final class ExifOrientation {

    static final int NORMAL = 1;

    private ExifOrientation() {
    }

    /** 1 to 8 as EXIF numbers them; {@link #NORMAL} when the JPEG says nothing or says it in a way not understood. */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = u16(jpeg, at + 2, true);
            if (marker == 0xDA || length < 2) {
                break;
            }
            if (marker == 0xE1 && length >= 14 && ascii(jpeg, at + 4, "Exif")) {
                return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return NORMAL;
    }

    /** The image turned (and for 2, 4, 5, 7 mirrored) so that it stands as it was seen. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean sideways = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            default -> t.setTransform(0, -1, 1, 0, 0, w);
        }
        BufferedImage turned = new BufferedImage(sideways ? h : w, sideways ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return NORMAL;
        }
        boolean bigEndian = b[tiff] == 'M' && b[tiff + 1] == 'M';
        if (!bigEndian && !(b[tiff] == 'I' && b[tiff + 1] == 'I')) {
            return NORMAL;
        }
        long ifd = tiff + u32(b, tiff + 4, bigEndian);
        if (ifd + 2 > end) {
            return NORMAL;
        }
        int entries = u16(b, (int) ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (u16(b, entry, bigEndian) == 0x0112) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static boolean ascii(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (at + i >= b.length || b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int hi = b[bigEndian ? at : at + 1] & 0xFF;
        int lo = b[bigEndian ? at + 1 : at] & 0xFF;
        return hi << 8 | lo;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? (long) u16(b, at, true) << 16 | u16(b, at + 2, true) : (long) u16(b, at + 2, false) << 16 | u16(b, at, false);
    }
}
