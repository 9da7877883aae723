package cn.gov.nantong.govmedia.complaint;

/** Handling of a submission: received, forwarded to a business department, answered, closed. */
public enum ComplaintStatus {
    RECEIVED, FORWARDED, ANSWERED, CLOSED;

    boolean open() {
        return this == RECEIVED || this == FORWARDED;
    }
}
