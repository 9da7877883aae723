-- Art 27.1, 27.3, 29.1: each host's security documents, the devices used to log in, and the security checks of its
-- self-built apps and sites, whose findings become rectification tasks next to the provincial and spot-check ones.

-- Art 27.1: the security rules, the confidentiality review rules and the emergency plan; one current row of each kind
-- per host, revised in place (the audit log keeps the earlier versions).
create table security_documents (
    id              bigserial primary key,
    organization_id bigint       not null references organizations (id),
    kind            varchar(30)  not null check (kind in ('SECURITY_RULES', 'CONFIDENTIALITY_REVIEW_RULES', 'EMERGENCY_PLAN')),
    title           varchar(200) not null,
    version_label   varchar(30)  not null,
    approved_on     date         not null,
    next_review_on  date         not null,
    created_by      varchar(100) not null,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    unique (organization_id, kind),
    check (next_review_on > approved_on)
);

-- Art 27.3: the terminals used to log in to the accounts.
create table security_devices (
    id              bigserial primary key,
    organization_id bigint       not null references organizations (id),
    holder          varchar(50)  not null,
    kind            varchar(20)  not null check (kind in ('COMPUTER', 'MOBILE_PHONE', 'TABLET', 'OTHER')),
    asset_number    varchar(50)  not null,
    last_checked_on date,
    status          varchar(20)  not null check (status in ('IN_USE', 'SUSPENDED', 'RETIRED', 'LOST')),
    created_by      varchar(100) not null,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    unique (organization_id, asset_number)
);

-- Art 29.1: a security check of a self-built app or site (application, operating system, database).
create table security_checks (
    id              bigserial primary key,
    organization_id bigint        not null references organizations (id),
    account_id      bigint        not null references accounts (id),
    checked_on      date          not null,
    checked_by      varchar(100)  not null,
    summary         varchar(2000) not null,
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null default now()
);
create index security_checks_organization on security_checks (organization_id, checked_on);

create table security_check_findings (
    id               bigserial primary key,
    check_id         bigint        not null references security_checks (id),
    area             varchar(20)   not null check (area in ('APPLICATION', 'OPERATING_SYSTEM', 'DATABASE', 'NETWORK', 'OTHER')),
    description      varchar(2000) not null,
    rectification_id bigint        references inspection_findings (id)
);
create index security_check_findings_check on security_check_findings (check_id);

alter table inspection_findings drop constraint inspection_findings_source_check;
alter table inspection_findings alter column source type varchar(20);
alter table inspection_findings add constraint inspection_findings_source_check
    check (source in ('PROVINCE', 'SPOT_CHECK', 'SECURITY_CHECK'));
