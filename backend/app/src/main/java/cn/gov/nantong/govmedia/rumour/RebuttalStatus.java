package cn.gov.nantong.govmedia.rumour;

/**
 * Where a rebuttal stands, read from its review ticket (Art 17): DRAFT without a ticket (or after the ticket was
 * withdrawn), IN_REVIEW while the ticket is open, PUBLISHED once it was published as sent, REJECTED when not approved
 * or when the ticket was published after being edited or lowered below IMPORTANT (a new review is needed).
 */
enum RebuttalStatus {
    DRAFT, IN_REVIEW, PUBLISHED, REJECTED;

    /** SQL: the ticket {@code t} of rebuttal {@code r} was published with exactly the content and grade it was sent with. */
    static final String PUBLIC = "(t.status = 'PUBLISHED' and t.content_version = r.ticket_content_version"
            + " and t.classification in ('IMPORTANT', 'MAJOR'))";

    /** SQL for the status of the rebuttal row {@code r} joined (left) to its ticket {@code t}. */
    static final String SQL = "(case when t.id is null or t.status = 'WITHDRAWN' then 'DRAFT'"
            + " when " + PUBLIC + " then 'PUBLISHED'"
            + " when t.status in ('REJECTED', 'PUBLISHED') then 'REJECTED'"
            + " else 'IN_REVIEW' end)";

    boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
