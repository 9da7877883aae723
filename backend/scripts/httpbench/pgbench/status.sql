-- pgbench script of `make bench` (scripts/httpbench.sh): the app's SQL for this endpoint, as in bench/FloorSql.java.
-- The tracking number is drawn from the same sample as the wrk script's (one extra primary-key look-up).
\set i random(1, :n_complaints)
select tracking_number as number from bench_sample_complaints where i = :i \gset
select id, tracking_number, token_hash, kind, title, status, reply, created_at, due_on, replied_at, closed_at, photo_count
  from complaints where tracking_number = :number;
