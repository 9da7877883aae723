package cn.gov.nantong.govmedia.incident;

/** A step on an incident's timeline; DISCOVERED is written when the incident is recorded, the others are posted. */
public enum IncidentEventKind {
    DISCOVERED, GRADED, ESCALATED, ACKNOWLEDGED, FORWARDED, TAKEN_DOWN, TICKET_LINKED, PROGRESS, CLOSED
}
