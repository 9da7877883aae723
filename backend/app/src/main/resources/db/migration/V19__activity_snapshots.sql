-- Activity monitoring (Art 19, 24, national indicators 国办秘函〔2019〕19号): one row per account and day, written by
-- the daily job with "on conflict do nothing", so several instances never store a day twice.
create table activity_snapshots (
    day                      date         not null,
    account_id               bigint       not null references accounts (id),
    host_organization_id     bigint       not null references organizations (id),
    platform                 varchar(32)  not null,
    updates_7d               integer      not null,
    originals_14d            integer      not null,
    last_update_at           timestamptz,
    longest_gap_days         integer      not null,
    replies_on_time          integer      not null,
    replies_overdue          integer      not null,
    unanswered_over_3_months integer      not null,
    flags                    text[]       not null default '{}',
    created_at               timestamptz  not null default now(),
    primary key (day, account_id)
);
create index activity_snapshots_host_day_idx on activity_snapshots (host_organization_id, day);

-- The per-account lateral joins of the metrics query read submissions by account.
create index complaints_account_received_idx on complaints (account_id, received_on) where account_id is not null;
