package cn.gov.nantong.govmedia.review;

public enum TicketStatus {
    DRAFT, SUBMITTED, IN_REVIEW, APPROVED, PUBLISHED, RETURNED, REJECTED, WITHDRAWN
}
