package cn.gov.nantong.govmedia.incident;

/** OPEN until reported to the competent authority (ESCALATED), CLOSED with its cause. */
public enum IncidentStatus {
    OPEN, ESCALATED, CLOSED
}
