package cn.gov.nantong.govmedia.photo;

/** A photo as it is stored: decoded and encoded again, so nothing of the upload but its pixels survives. */
public record CleanPhoto(byte[] bytes, String mediaType, int width, int height, String sha256) {
}
