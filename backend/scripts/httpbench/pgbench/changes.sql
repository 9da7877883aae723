-- pgbench script of `make bench` (scripts/httpbench.sh): the app's SQL for this endpoint, as in bench/FloorSql.java,
-- from a cursor drawn as the wrk script draws it.
\set after random(0, greatest(:n_changes - 100, 0))
select filing_changes_position();
select position, filing_id, changed_at, snapshot::text as snapshot from filing_changes where position > :after order by position limit 100;
