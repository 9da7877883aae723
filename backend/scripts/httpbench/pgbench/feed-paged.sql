-- pgbench script of `make bench` (scripts/httpbench.sh): the app's SQL for this endpoint, as in bench/FloorSql.java.
\set limit 20
\set offset 0
select r.*, o.name as organization_name, a.name as account_name, a.platform, t.published_url, t.published_at from rumour_rebuttals r join review_tickets t on t.id = r.ticket_id join organizations o on o.id = r.organization_id join accounts a on a.id = r.account_id where (t.status = 'PUBLISHED' and t.content_version = r.ticket_content_version and t.classification in ('IMPORTANT', 'MAJOR')) order by t.published_at desc, r.id desc limit :limit offset :offset;
select total from public_rebuttal_count;
