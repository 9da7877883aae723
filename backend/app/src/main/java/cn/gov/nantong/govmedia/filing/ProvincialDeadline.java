package cn.gov.nantong.govmedia.filing;

/**
 * One meaning of "overdue" for the 3-working-day provincial deadline (Art 15): past the deadline and still undecided
 * ({@link DeadlineState#OVERDUE}), or approved but not yet delivered to the province ({@link DeadlineState#DELIVERY_OVERDUE}),
 * counted apart. SQL fragments on a filing aliased {@code f}, binding {@code :today} and {@code :dueSoonUntil}, so the
 * filing list, the supervision overview and the sync alerts count the same rows.
 */
public final class ProvincialDeadline {

    /** Still waiting for the competent authority's decision. */
    public static final String UNDECIDED = "f.status = 'SUBMITTED'";
    /** Approved, not yet in the provincial filing-check system. */
    public static final String UNDELIVERED = "(f.status = 'APPROVED' and f.delivered_at is null)";
    /** The deadline still applies: undecided or undelivered. */
    public static final String PENDING = "(" + UNDECIDED + " or " + UNDELIVERED + ")";
    public static final String PAST = "f.provincial_deadline < :today";
    public static final String DUE_SOON = "f.provincial_deadline >= :today and f.provincial_deadline <= :dueSoonUntil";
    public static final String ON_TIME = "f.provincial_deadline > :dueSoonUntil";

    /** The {@link DeadlineState} of the filing while the deadline applies, else null. */
    public static final String STATE = "case when not " + PENDING + " then null"
            + " when " + PAST + " then case when " + UNDECIDED + " then 'OVERDUE' else 'DELIVERY_OVERDUE' end"
            + " when f.provincial_deadline <= :dueSoonUntil then 'DUE_SOON' else 'ON_TIME' end";

    private ProvincialDeadline() {
    }
}
