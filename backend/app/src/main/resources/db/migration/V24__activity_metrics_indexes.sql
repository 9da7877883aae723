-- The activity metrics (ActivitySql) read, for every live account, its publication records of the last 3 months and
-- its public submissions. With the columns they test carried in the index, both reads are index-only scans and never
-- visit the table rows (measured by `make bench`: 200,000 accounts, 20,000,000 publication records). Same keys as
-- the indexes they replace, so every other query keeps its plan.
drop index publications_account_time_idx;
create index publications_account_time_idx on publications (account_id, published_at desc) include (origin);

drop index complaints_account_received_idx;
create index complaints_account_received_idx on complaints (account_id, received_on)
    include (moderation, due_on, replied_at, closed_at) where account_id is not null;
