-- Art 23, 29.3–29.5, 30, 33.2: one register of incidents (harmful content, compromise, leaks, 舆情, emergencies,
-- outages, counterfeits found by staff), each with its timeline, its response posts and its accountability records.

-- The four grades of the Emergency Response Law with their deadlines as data (CITY_ADMIN changes the minutes):
-- reporting to the competent authority, first authoritative response (5 h for 重大 and above, 48 h otherwise,
-- 国办发〔2016〕61号), the longest gap between running updates (Art 23.1) and taking harmful content down (Art 29.4).
create table incident_grades (
    grade                   varchar(20) primary key check (grade in ('GENERAL', 'SERIOUS', 'MAJOR', 'ESPECIALLY_MAJOR')),
    name                    varchar(10) not null,
    rank                    integer     not null unique,
    report_within_minutes   integer     not null check (report_within_minutes between 1 and 10080),
    response_within_minutes integer     not null check (response_within_minutes between 1 and 10080),
    update_every_minutes    integer     not null check (update_every_minutes between 1 and 10080),
    takedown_within_minutes integer     not null check (takedown_within_minutes between 1 and 10080),
    version                 bigint      not null default 0
);
insert into incident_grades (grade, name, rank, report_within_minutes, response_within_minutes, update_every_minutes,
                             takedown_within_minutes) values
  ('ESPECIALLY_MAJOR', '特别重大', 4, 30, 300, 120, 60),
  ('MAJOR', '重大', 3, 60, 300, 240, 120),
  ('SERIOUS', '较大', 2, 120, 1440, 720, 360),
  ('GENERAL', '一般', 1, 1440, 2880, 1440, 1440);

create table incidents (
    id                           bigserial primary key,
    host_organization_id         bigint        not null references organizations (id),
    account_id                   bigint references accounts (id),
    kind                         varchar(24)   not null check (kind in ('HARMFUL_CONTENT', 'ACCOUNT_COMPROMISE', 'DATA_LEAK',
                                     'PUBLIC_OPINION', 'EMERGENCY', 'PLATFORM_OUTAGE', 'COUNTERFEIT_FOUND')),
    grade                        varchar(20)   not null references incident_grades (grade),
    title                        varchar(200)  not null,
    description                  varchar(4000) not null,
    status                       varchar(12)   not null default 'OPEN' check (status in ('OPEN', 'ESCALATED', 'CLOSED')),
    discovered_at                timestamptz   not null,
    report_due_at                timestamptz   not null,
    response_due_at              timestamptz,
    takedown_due_at              timestamptz,
    taken_down_at                timestamptz,
    escalated_to_organization_id bigint references organizations (id),
    escalated_at                 timestamptz,
    acknowledged_at              timestamptz,
    acknowledged_by              varchar(100),
    duty_person                  varchar(80),
    cause                        varchar(2000),
    measures_taken               varchar(2000),
    unfounded                    boolean       not null default false,
    closed_at                    timestamptz,
    created_by                   varchar(100)  not null,
    created_at                   timestamptz   not null default now(),
    version                      bigint        not null default 0,
    check ((status = 'CLOSED') = (closed_at is not null)),
    check (status <> 'CLOSED' or cause is not null),
    check ((status = 'OPEN') = (escalated_at is null) or status = 'CLOSED')
);
create index incidents_host_idx on incidents (host_organization_id, id);
create index incidents_open_idx on incidents (grade, host_organization_id) where status <> 'CLOSED';
create index incidents_escalated_to_idx on incidents (escalated_to_organization_id) where acknowledged_at is null;
create index incidents_account_idx on incidents (account_id) where account_id is not null;

create table incident_events (
    id              bigserial primary key,
    incident_id     bigint        not null references incidents (id),
    kind            varchar(20)   not null check (kind in ('DISCOVERED', 'GRADED', 'ESCALATED', 'ACKNOWLEDGED', 'FORWARDED',
                                      'TAKEN_DOWN', 'TICKET_LINKED', 'PROGRESS', 'CLOSED')),
    occurred_at     timestamptz   not null default now(),
    recorded_by     varchar(100)  not null,
    note            varchar(2000),
    grade           varchar(20) references incident_grades (grade),
    forwarded_to    varchar(12) check (forwarded_to in ('CYBERSPACE', 'POLICE', 'PROPAGANDA')),
    receipt_no      varchar(100),
    ticket_id       bigint references review_tickets (id),
    notified_person varchar(80),
    on_time         boolean
);
create index incident_events_incident_idx on incident_events (incident_id, id);

-- Response posts and running updates (Art 23) go through review; their publication times come from the ticket.
create table incident_tickets (
    incident_id bigint      not null references incidents (id),
    ticket_id   bigint      not null references review_tickets (id),
    linked_at   timestamptz not null default now(),
    primary key (incident_id, ticket_id)
);
create index incident_tickets_ticket_idx on incident_tickets (ticket_id);

-- Art 33.2: accountability for harmful posts, security accidents and major 舆情.
create table accountability_records (
    id              bigserial primary key,
    incident_id     bigint        not null references incidents (id),
    subject_kind    varchar(8)    not null check (subject_kind in ('UNIT', 'PERSON')),
    subject_name    varchar(100)  not null,
    organization_id bigint        not null references organizations (id),
    measure         varchar(16)   not null check (measure in ('INTERVIEW', 'CRITICISM', 'ADMONISHMENT', 'DISCIPLINARY', 'OTHER')),
    decided_on      date          not null,
    basis           varchar(1000) not null,
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null default now()
);
create index accountability_records_incident_idx on accountability_records (incident_id, id);

-- Art 32: a security incident (harmful content, compromise, leak) that was not unfounded vetoes the host's year.
alter table assessment_items drop constraint assessment_items_source_check;
alter table assessment_items add constraint assessment_items_source_check check (source in ('SILENT_ACCOUNTS',
    'DORMANT_ACCOUNTS', 'OVERDUE_REPLIES', 'SPOT_CHECK_FINDINGS', 'MEASURES', 'SPOT_CHECK_VETO', 'PROVINCIAL_VETO',
    'SECURITY_INCIDENT'));
alter table assessment_items drop constraint assessment_items_veto_source;
alter table assessment_items add constraint assessment_items_veto_source
    check ((kind = 'VETO') = (source in ('SPOT_CHECK_VETO', 'PROVINCIAL_VETO', 'SECURITY_INCIDENT')));
