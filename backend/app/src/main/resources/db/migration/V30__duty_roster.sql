-- Art 29.2: the duty roster (值班值守) of hosts and competent authorities, one row a shift, with its handover note.
create extension if not exists btree_gist;

create table duty_shifts (
    id             bigserial primary key,
    organization_id bigint      not null references organizations (id),
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    person_on_duty varchar(50) not null,
    phone          varchar(20) not null,
    backup_person  varchar(50),
    backup_phone   varchar(20),
    handover_note  varchar(2000),
    created_by     varchar(100) not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint      not null default 0,
    check (ends_at > starts_at),
    check (ends_at - starts_at <= interval '7 days'),
    -- one organization's shifts never overlap
    exclude using gist (organization_id with =, tstzrange(starts_at, ends_at) with &&)
);
create index duty_shifts_organization_starts on duty_shifts (organization_id, starts_at);
