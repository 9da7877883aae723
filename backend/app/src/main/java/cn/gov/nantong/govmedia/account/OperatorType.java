package cn.gov.nantong.govmedia.account;

/** Who runs the account day to day (Art 7): the host's own office, or a contracted agency. */
public enum OperatorType {
    IN_HOUSE, CONTRACTED
}
