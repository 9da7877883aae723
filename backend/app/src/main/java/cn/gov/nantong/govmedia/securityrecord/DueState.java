package cn.gov.nantong.govmedia.securityrecord;

/** Where a security record stands against its date: a document's next review, a device's periodic check. */
enum DueState {
    /** Not due yet. */
    CURRENT,
    /** A document's review falls within the reminder period. */
    DUE_SOON,
    /** Past its date: shown among the overdue items of the overview. */
    OVERDUE
}
