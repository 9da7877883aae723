package cn.gov.nantong.govmedia.filing;

/** How near a filing under decision is to its provincial deadline. */
public enum DeadlineState {
    ON_TIME, DUE_SOON, OVERDUE
}
