package cn.gov.nantong.govmedia.sync;

/** Where a delivery to the provincial system stands in the outbox. */
public enum DeliveryStatus {
    PENDING, DELIVERING, DELIVERED, DEAD
}
