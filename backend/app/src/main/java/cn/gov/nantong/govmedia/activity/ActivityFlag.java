package cn.gov.nantong.govmedia.activity;

/**
 * What the activity metrics can flag, with the rule each one rests on (domain.md, Art 19 and 24, and the national
 * inspection indicators 国办秘函〔2019〕19号). The two veto items fail an account in any check.
 */
enum ActivityFlag {
    /** Art 19: at least one update per week (no update in the 7 days up to the date). */
    WEEKLY_UPDATE_MISSED(false),
    /** Art 19: at least one original every 2 weeks. */
    ORIGINAL_MISSED(false),
    /** National veto: no update in the 2 weeks before the check. */
    NO_UPDATE_TWO_WEEKS(true),
    /** Art 12: no update for 3 months, a dormant (僵尸) candidate for merging or closure. */
    DORMANT_CANDIDATE(false),
    /** National veto: a valid public submission left unanswered for over 3 months. */
    POOR_INTERACTION(true);

    private final boolean veto;

    ActivityFlag(boolean veto) {
        this.veto = veto;
    }

    boolean veto() {
        return veto;
    }
}
