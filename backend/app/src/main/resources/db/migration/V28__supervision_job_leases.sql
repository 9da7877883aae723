-- Supervision jobs survive the instance that started them: the instance running a job holds a lease it renews; when
-- the lease runs out (the instance died), any instance's sweeper takes the job over and runs it again from the start.
alter table supervision_jobs
    add column lease_owner          varchar(255),
    add column lease_until          timestamptz,
    add column attempts             integer     not null default 0 check (attempts >= 0),
    -- Who started the job, as the token said, so that another instance can run it with the same roles and scope.
    add column creator_roles        text[]      not null default '{}',
    add column creator_organization varchar(64);

-- The sweeper looks at the unfinished jobs only.
create index supervision_jobs_unfinished_idx on supervision_jobs (id) where status in ('QUEUED', 'RUNNING');
