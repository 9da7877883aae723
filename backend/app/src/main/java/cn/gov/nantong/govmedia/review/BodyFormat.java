package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.document.RichText;

/**
 * A ticket body is plain text or rich text (HTML from an editor). Rich text is sanitized ({@link RichText}) before
 * anything else sees it, so a stored body is safe to render in the admin app and on the account.
 */
public enum BodyFormat {
    TEXT, HTML;

    String normalize(String body) {
        if (this == TEXT) {
            return body;
        }
        return RichText.sanitize(body);
    }
}
