-- A spot check started by mistake (wrong quarter, wrong runner) can be withdrawn while it is open and holds no
-- finding, with a reason; the quarter is then free for the right one.
alter table spot_checks alter column status type varchar(10);
alter table spot_checks drop constraint spot_checks_status_check;
alter table spot_checks add constraint spot_checks_status_check check (status in ('OPEN', 'CLOSED', 'WITHDRAWN'));
alter table spot_checks
    add column withdrawn_reason varchar(500),
    add column withdrawn_by     varchar(128),
    add column withdrawn_at     timestamptz,
    add constraint spot_checks_withdrawal_reason check ((status = 'WITHDRAWN') = (withdrawn_reason is not null));
alter table spot_checks drop constraint spot_checks_organization_quarter_key;
create unique index spot_checks_organization_quarter_key on spot_checks (organization_id, quarter) where status <> 'WITHDRAWN';
