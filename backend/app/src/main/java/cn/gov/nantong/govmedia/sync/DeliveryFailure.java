package cn.gov.nantong.govmedia.sync;

import java.time.Duration;

/** A delivery attempt that did not get a receipt: the HTTP status if any, and how long the province asked us to wait. */
public class DeliveryFailure extends RuntimeException {

    private final Integer httpStatus;
    private final Duration retryAfter;

    DeliveryFailure(Integer httpStatus, Duration retryAfter, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    Integer httpStatus() {
        return httpStatus;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
