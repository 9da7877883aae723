package cn.gov.nantong.govmedia.rectification;

/** Categories of provincial findings; the first four are national veto items (国办秘函〔2019〕19号). */
enum FindingCategory {
    SECURITY_INCIDENT(true), ILLEGAL_CONTENT(true), NO_UPDATE_TWO_WEEKS(true), POOR_INTERACTION(true),
    SERIOUS_WORDING_ERROR(false), INFREQUENT_UPDATES(false), UNANSWERED_MESSAGES(false), FILING_MISMATCH(false), OTHER(false);

    private final boolean veto;

    FindingCategory(boolean veto) {
        this.veto = veto;
    }

    boolean veto() {
        return veto;
    }
}
