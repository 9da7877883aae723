package cn.gov.nantong.govmedia.filing;

/** How near a filing not yet in the provincial system is to its provincial deadline (see {@link ProvincialDeadline}). */
public enum DeadlineState {
    ON_TIME, DUE_SOON,
    /** Past the deadline, still undecided. */
    OVERDUE,
    /** Past the deadline, approved but not yet delivered to the province. */
    DELIVERY_OVERDUE
}
