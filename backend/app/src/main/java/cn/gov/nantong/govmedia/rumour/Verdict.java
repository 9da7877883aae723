package cn.gov.nantong.govmedia.rumour;

/**
 * The rating of the rumour, published as a schema.org Rating on a 1 (worst) to 5 (best) truthfulness scale:
 * 谣言 (false), 失实 (a distorted account of something true), 未经证实 (no basis found).
 */
enum Verdict {
    FALSE("谣言", 1),
    MISLEADING("失实", 2),
    UNPROVEN("未经证实", 3);

    static final int BEST = 5;
    static final int WORST = 1;

    final String alternateName;
    final int ratingValue;

    Verdict(String alternateName, int ratingValue) {
        this.alternateName = alternateName;
        this.ratingValue = ratingValue;
    }
}
