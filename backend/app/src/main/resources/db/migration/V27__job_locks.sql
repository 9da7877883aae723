-- One lease per scheduled job, shared by every instance (common/jobs/JobLocks).
create table job_locks (
    name         varchar(64)  primary key,
    locked_at    timestamptz  not null,
    locked_until timestamptz  not null,
    locked_by    varchar(255) not null
);
