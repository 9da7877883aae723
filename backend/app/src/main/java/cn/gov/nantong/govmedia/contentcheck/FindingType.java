package cn.gov.nantong.govmedia.contentcheck;

/** Kinds of finding and the article each rests on. */
public enum FindingType {
    BANNED_WORD("Art 19"), SENSITIVE_WORD("Art 19"), WORDING_ERROR("Art 19"), ADVERTISING("Art 19"),
    COMMERCIAL_LINK("Art 19"), PERSONAL_OPINION("Art 19"), PERSONAL_DATA("Art 20"), SENSITIVE_TOPIC("Art 17"),
    REPOST_SOURCE("Art 21"), POSSIBLE_SECRET("Art 28");

    private final String article;

    FindingType(String article) {
        this.article = article;
    }

    public String article() {
        return article;
    }
}
