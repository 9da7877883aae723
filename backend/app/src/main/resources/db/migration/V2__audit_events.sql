-- Append-only audit trail. Each row carries the hash of the previous row, so any later edit is detectable.
create sequence audit_events_id_seq;

create table audit_events (
    id                bigint primary key,
    occurred_at       timestamptz  not null,
    actor             varchar(128) not null,
    actor_roles       text[]       not null default '{}',
    organization_code varchar(64),
    action            varchar(64)  not null,
    entity_type       varchar(64)  not null,
    entity_id         varchar(64)  not null,
    before_state      jsonb,
    after_state       jsonb,
    request_id        varchar(64),
    prev_hash         char(64),
    hash              char(64)     not null
);

create index audit_events_entity_idx on audit_events (entity_type, entity_id, id);
create index audit_events_actor_idx on audit_events (actor, id);
create index audit_events_occurred_idx on audit_events (occurred_at);

create function audit_event_payload(e audit_events) returns text language sql stable as $$
    select concat_ws('|', e.id, (extract(epoch from e.occurred_at) * 1000000)::bigint, e.actor,
                     array_to_string(e.actor_roles, ','), e.organization_code, e.action, e.entity_type,
                     e.entity_id, e.before_state::text, e.after_state::text, e.request_id, e.prev_hash)
$$;

create function audit_event_hash(e audit_events) returns char(64) language sql stable as $$
    select encode(sha256(convert_to(audit_event_payload(e), 'UTF8')), 'hex')
$$;

-- Ids are taken under a transaction lock, so id order is commit order and the chain has no forks.
create function audit_events_chain() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('audit_events_chain'));
    new.id := nextval('audit_events_id_seq');
    new.occurred_at := clock_timestamp();
    select hash into new.prev_hash from audit_events order by id desc limit 1;
    new.hash := audit_event_hash(new);
    return new;
end $$;

create trigger audit_events_chain_before_insert before insert on audit_events
    for each row execute function audit_events_chain();

create function audit_events_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_events is append-only' using errcode = '42501';
end $$;

create trigger audit_events_append_only before update or delete on audit_events
    for each row execute function audit_events_refuse_change();

create function audit_events_verify()
    returns table (checked bigint, first_broken_id bigint) language sql stable as $$
    with chain as (
        select e.id,
               e.prev_hash is not distinct from lag(e.hash) over (order by e.id)
                   and e.hash = audit_event_hash(e) as intact
          from audit_events e
    )
    select count(*), min(id) filter (where not intact) from chain
$$;
