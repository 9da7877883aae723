-- Totals of the paged lists as index-only scans (measured by `make bench` at national scale: 200,000 accounts,
-- 50,000 rumour rebuttals; each count went from 40-90 ms to about 12 ms).
-- The public rumour list's total: rebuttals whose ticket was published as sent (RebuttalStatus.PUBLIC), a merge join
-- of the two indexes below.
create index review_tickets_public_idx on review_tickets (id) include (content_version)
    where status = 'PUBLISHED' and classification in ('IMPORTANT', 'MAJOR');
create index rumour_rebuttals_ticket_version_idx on rumour_rebuttals (ticket_id, ticket_content_version);
drop index rumour_rebuttals_ticket_idx;

-- The account list's total with the status filter, alone or with the platform: the host organization is joined for
-- the caller's scope (accounts_status_idx stays: it serves the page, ordered by id).
create index accounts_status_platform_host_idx on accounts (status, platform, host_organization_id);
