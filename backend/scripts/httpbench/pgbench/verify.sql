-- pgbench script of `make bench` (scripts/httpbench.sh): the app's SQL for this endpoint, as in bench/FloorSql.java.
-- The name is drawn from the same sample as the wrk script's (one extra primary-key look-up); pgbench cannot bind a
-- NULL, so the absent platform and platform id are NULL literals.
\set i random(1, :n_names)
select name from bench_sample_names where i = :i \gset
select a.name, a.platform, a.platform_account_id, o.name as host_name, a.status
  from accounts a join organizations o on o.id = a.host_organization_id
 where a.status <> 'PENDING_FILING'
   and (cast(NULL as text) is null or a.platform = NULL)
   and (lower(a.name) = lower(cast(:name as text)) or a.platform_account_id = cast(NULL as text))
 order by (a.status in ('ACTIVE', 'CLOSING')) desc, a.id
 limit 10;
select a.name, a.platform, a.platform_account_id, o.name as host_name, a.status,
       similarity(a.name, :name) as score
  from accounts a join organizations o on o.id = a.host_organization_id
 where a.status in ('ACTIVE', 'CLOSING') and a.name % :name and lower(a.name) <> lower(:name)
   and (cast(NULL as text) is null or a.platform = NULL)
 order by score desc, a.id
 limit 5;
select exists (select 1 from counterfeit_accounts
                where lower(name) = lower(:name)
                  and (cast(NULL as text) is null or platform = NULL)) as known;
