-- pgbench script of `make bench` (scripts/httpbench.sh): the app's statements for one submission, in its order and in
-- one transaction, as in bench/FloorSql.java. The account comes from the wrk script's sample; the key is unique per
-- transaction; the app's tracking number and hashes are computed here in SQL.
\set i random(1, :n_accounts)
\set k random(1, 1000000000000000)
select id as account_id, 'pgbench-' || :client_id || '-' || :k as key, md5(:k::text) as hash
  from bench_sample_accounts where i = :i \gset
begin;
insert into complaint_idempotency_keys (idempotency_key, request_hash) values (:key, :hash)
    on conflict (idempotency_key) do nothing returning idempotency_key;
select id, tracking_number, token_hash, kind, title, status, reply, created_at, due_on, replied_at, closed_at, photo_count from complaints
 where client_hash = :hash and content_hash = :hash and created_at >= now() - interval '10 minutes' order by id limit 1;
select a.*, o.name as host_organization_name from accounts a join organizations o on o.id = a.host_organization_id
 where a.id = :account_id \gset host_
select nextval('complaint_number_seq') % 1000000 as last \gset
select day, kind from calendar_days where day > current_date and day <= current_date + 45;
select year from calendar_years;
insert into complaints (tracking_number, token_hash, kind, account_id, target_organization_id, title, content,
                        contact_name, contact_phone, error_url, suspect_platform, suspect_name, suspect_link,
                        status, due_on, client_hash, content_hash, received_on, photo_count)
values ('TS' || to_char(current_date, 'YYYYMMDD') || lpad(:last::text, 6, '0'), :hash,
        'CONSULTATION', :account_id, :host_host_organization_id, '压测咨询 ' || :key, '请问办理居住证需要准备哪些材料？编号 ' || :key,
        NULL, NULL, NULL, NULL, NULL, NULL, 'RECEIVED', current_date + 7, :hash, :hash, current_date, 0)
returning id \gset
update complaint_idempotency_keys set complaint_id = :id where idempotency_key = :key;
select id, tracking_number, token_hash, kind, title, status, reply, created_at, due_on, replied_at, closed_at, photo_count
  from complaints where id = :id;
insert into audit_events (actor, actor_roles, organization_code, action, entity_type, entity_id,
                          before_state, after_state, request_id, hash)
values ('anonymous', '{}', NULL, 'SUBMIT', 'complaint', :id, NULL, cast('{"status":"RECEIVED"}' as jsonb), NULL, '');
commit;
