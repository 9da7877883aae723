-- Writers no longer wait for each other. An audit event is hashed on its own (no link to the previous row, no lock);
-- after it commits, the single sealer gives it a position in an append-only Merkle tree (RFC 6962) and signs the
-- new tree head. Likewise a filing change gets its feed position after commit instead of under a writer lock.

-- Event hashes no longer chain: prev_hash stays on the events hashed before this migration.
create or replace function audit_events_chain() returns trigger language plpgsql as $$
begin
    new.id := nextval('audit_events_id_seq');
    new.occurred_at := clock_timestamp();
    new.prev_hash := null;
    new.hash := audit_event_hash(new);
    return new;
end $$;

-- The sealer's queue: an event appears here once its transaction commits and leaves when it has its position.
create table audit_unsealed (
    event_id bigint primary key
);

create function audit_events_enqueue() returns trigger language plpgsql as $$
begin
    insert into audit_unsealed (event_id) values (new.id);
    return null;
end $$;

create trigger audit_events_enqueue_after_insert after insert on audit_events
    for each row execute function audit_events_enqueue();

-- Events recorded before this migration are sealed first, in id order.
insert into audit_unsealed (event_id) select id from audit_events;

-- Node (level, index) covers leaves [index * 2^level, (index + 1) * 2^level); level 0 holds the leaf hashes
-- SHA-256(0x00 || event hash), higher levels SHA-256(0x01 || left || right). Only complete subtrees are kept.
create table audit_tree_nodes (
    level smallint not null,
    index bigint   not null,
    hash  bytea    not null check (length(hash) = 32),
    primary key (level, index)
);

create table audit_leaves (
    position  bigint primary key,
    event_id  bigint      not null unique references audit_events (id),
    sealed_at timestamptz not null default clock_timestamp()
);

create table audit_signing_keys (
    key_id     char(64) primary key,
    algorithm  varchar(32) not null,
    public_key text        not null,
    created_at timestamptz not null default now()
);

create table audit_tree_heads (
    tree_size bigint primary key,
    root_hash char(64)    not null,
    signed_at timestamptz not null,
    key_id    char(64)    not null references audit_signing_keys (key_id),
    signature text        not null
);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = '42501';
end $$;

create trigger audit_tree_nodes_append_only before update or delete on audit_tree_nodes
    for each row execute function audit_log_refuse_change();
create trigger audit_leaves_append_only before update or delete on audit_leaves
    for each row execute function audit_log_refuse_change();
create trigger audit_tree_heads_append_only before update or delete on audit_tree_heads
    for each row execute function audit_log_refuse_change();

-- Every event's hash recomputes, every leaf is its event's hash, and the root over the first tree_size leaves is the
-- one the latest head signed (the signature itself is checked outside the database: make audit-verify, the API).
drop function audit_events_verify();
create function audit_log_verify(bound interval default interval '5 seconds')
    returns table (checked bigint, first_broken_id bigint, tree_size bigint, root_intact boolean, unsealed_late bigint)
    language plpgsql stable as $$
declare
    head   audit_tree_heads;
    stack  bytea[] := '{}';
    sizes  bigint[] := '{}';
    leaf   bytea;
    n      bigint := 0;
begin
    select count(*), min(e.id) filter (where e.hash <> audit_event_hash(e)
                                          or (l.position is not null and n0.hash is distinct from
                                              sha256('\x00'::bytea || decode(e.hash, 'hex'))))
      into checked, first_broken_id
      from audit_events e
      left join audit_leaves l on l.event_id = e.id
      left join audit_tree_nodes n0 on n0.level = 0 and n0.index = l.position;
    -- a leaf whose event is gone
    select least(first_broken_id, min(l.event_id)) into first_broken_id
      from audit_leaves l where not exists (select 1 from audit_events e where e.id = l.event_id);
    select count(*) into unsealed_late from audit_unsealed u join audit_events e on e.id = u.event_id
     where e.occurred_at < clock_timestamp() - bound;

    select * into head from audit_tree_heads order by audit_tree_heads.tree_size desc limit 1;
    tree_size := coalesce(head.tree_size, 0);
    -- fold the leaves left to right, merging equal-sized subtrees; what is left folds right to left into the root
    for leaf in select hash from audit_tree_nodes where level = 0 and index < tree_size order by index loop
        stack := stack || leaf;
        sizes := sizes || 1::bigint;
        n := n + 1;
        while array_length(sizes, 1) > 1 and sizes[array_length(sizes, 1)] = sizes[array_length(sizes, 1) - 1] loop
            stack := stack[1:array_length(stack, 1) - 2]
                  || sha256('\x01'::bytea || stack[array_length(stack, 1) - 1] || stack[array_length(stack, 1)]);
            sizes := sizes[1:array_length(sizes, 1) - 2] || (sizes[array_length(sizes, 1)] * 2);
        end loop;
    end loop;
    while array_length(stack, 1) > 1 loop
        stack := stack[1:array_length(stack, 1) - 2]
              || sha256('\x01'::bytea || stack[array_length(stack, 1) - 1] || stack[array_length(stack, 1)]);
    end loop;
    root_intact := n = tree_size and (tree_size = 0 or encode(stack[1], 'hex') = head.root_hash);
    return next;
end $$;

-- The change feed: positions are handed out after commit, in one short step that only readers and the sealer take.
drop trigger filings_change_feed on filings;
drop function filing_changes_record();
alter table filing_changes alter column id set default nextval('filing_changes_id_seq');
alter table filing_changes add column position bigint unique;
update filing_changes set position = id;
create index filing_changes_unpositioned_idx on filing_changes (id) where position is null;

create function filing_changes_record() returns trigger language plpgsql as $$
begin
    insert into filing_changes (filing_id, changed_at, snapshot) values (new.id, clock_timestamp(), to_jsonb(new));
    return null;
end $$;

create trigger filings_change_feed after insert or update on filings
    for each row execute function filing_changes_record();

-- Gives every committed change without a position the next ones, in id order; returns how many it placed.
create function filing_changes_position() returns bigint language plpgsql as $$
declare
    placed bigint;
begin
    if not exists (select 1 from filing_changes where position is null) then
        return 0;
    end if;
    perform pg_advisory_xact_lock(hashtext('filing_changes_position'));
    update filing_changes f set position = base.top + pending.rank
      from (select id, row_number() over (order by id) as rank from filing_changes where position is null) pending,
           (select coalesce(max(position), 0) as top from filing_changes) base
     where f.id = pending.id;
    get diagnostics placed = row_count;
    return placed;
end $$;
