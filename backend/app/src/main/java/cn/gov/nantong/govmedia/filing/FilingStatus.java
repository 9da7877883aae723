package cn.gov.nantong.govmedia.filing;

public enum FilingStatus {
    SUBMITTED, APPROVED, RETURNED
}
