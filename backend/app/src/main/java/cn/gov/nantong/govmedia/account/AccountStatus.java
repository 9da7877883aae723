package cn.gov.nantong.govmedia.account;

/** PENDING_FILING, ACTIVE and CLOSING are "live": at most one per host organization and platform (Art 12). */
public enum AccountStatus {
    PENDING_FILING, ACTIVE, CLOSING, CLOSED, CANCELLED
}
