package cn.gov.nantong.govmedia.incident;

/** A deadline of an open incident that has passed: reporting, acknowledging, taking down, responding, updating. */
public enum IncidentAlert {
    REPORT_OVERDUE, AWAITING_ACKNOWLEDGEMENT, TAKEDOWN_OVERDUE, RESPONSE_OVERDUE, UPDATE_OVERDUE
}
