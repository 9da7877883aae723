-- pgbench script of `make bench` (scripts/httpbench.sh): the app's SQL for this endpoint, as in bench/FloorSql.java:
-- the caller's scope (city administrator), then the filtered page and its count. The platform is drawn from the same
-- list as the wrk script's (one extra primary-key look-up).
\set i random(1, :n_platforms)
\set city_wide true
select platform from bench_sample_platforms where i = :i \gset
select case
         when :city_wide then subpath(o.path, 0, 1)
         when o.type = 'GOVERNMENT_OFFICE' and p.id is not null then p.path
         else o.path
       end::text as scope
  from organizations o
  left join organizations p on p.id = o.parent_id
 where o.code = 'NT-GOV-OFFICE' \gset
select a.*, o.name as host_organization_name from accounts a join organizations o on o.id = a.host_organization_id
 where o.path <@ cast(:scope as ltree) and a.platform = :platform and a.status = 'ACTIVE' order by a.id desc limit 20 offset 0;
select count(*) as total from accounts a join organizations o on o.id = a.host_organization_id
 where o.path <@ cast(:scope as ltree) and a.platform = :platform and a.status = 'ACTIVE';
