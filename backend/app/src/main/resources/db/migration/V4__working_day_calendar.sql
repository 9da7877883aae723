-- Working-day calendar: the State Council's statutory holidays and make-up working days, 2019-2026.
-- Each notice belongs to a year; its ranges may start in December of the year before.
create table calendar_years (
    year       integer primary key check (year between 2000 and 2100),
    source     varchar(200) not null,
    updated_at timestamptz  not null default now(),
    updated_by varchar(128) not null default 'migration'
);

create table calendar_days (
    day           date primary key,
    notice_year   integer     not null references calendar_years (year) on delete cascade,
    kind          varchar(16) not null check (kind in ('HOLIDAY', 'MAKE_UP_WORKDAY')),
    name          varchar(50) not null
);
create index calendar_days_notice_year_idx on calendar_days (notice_year);
