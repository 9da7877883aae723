-- The total of the public rumour list (Art 23) kept in one row instead of counted per request: counting the ~44,000
-- public rebuttals of the national data set joined to their tickets cost 10-30 ms of CPU a request, which made the
-- unfiltered first page the slowest public read. Triggers change the total in the transaction that changes whether
-- a rebuttal is public, so it is exact whenever that transaction's rows are visible. A rebuttal is public when its
-- ticket was published with exactly the content and grade it was sent with (RebuttalStatus.PUBLIC).
create table public_rebuttal_count (
    id    boolean primary key default true check (id),
    total bigint  not null
);

-- The total counted from the rows: where the count starts, and after a truncate.
create function public_rebuttals_counted() returns bigint language sql stable as $$
    select count(*) from rumour_rebuttals r join review_tickets t on t.id = r.ticket_id
     where t.status = 'PUBLISHED' and t.content_version = r.ticket_content_version and t.classification in ('IMPORTANT', 'MAJOR')
$$;

insert into public_rebuttal_count (total) select public_rebuttals_counted();

create function ticket_is_public_for(status varchar, classification varchar, content_version integer, sent_version integer)
    returns integer language sql immutable as $$
    select case when status = 'PUBLISHED' and content_version = sent_version and classification in ('IMPORTANT', 'MAJOR')
                then 1 else 0 end
$$;

create function public_rebuttal_count_add(delta bigint) returns void language plpgsql as $$
begin
    if delta <> 0 then
        update public_rebuttal_count set total = total + delta;
    end if;
end
$$;

-- A rebuttal sent to review, re-sent, or deleted: its own row against its ticket as committed (or as this
-- transaction changed it).
create function rumour_rebuttals_count_public() returns trigger language plpgsql as $$
declare
    before integer := 0;
    after  integer := 0;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.ticket_id is not null then
        select ticket_is_public_for(t.status, t.classification, t.content_version, old.ticket_content_version)
          into before from review_tickets t where t.id = old.ticket_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.ticket_id is not null then
        select ticket_is_public_for(t.status, t.classification, t.content_version, new.ticket_content_version)
          into after from review_tickets t where t.id = new.ticket_id;
    end if;
    perform public_rebuttal_count_add(coalesce(after, 0) - coalesce(before, 0));
    return null;
end
$$;

create trigger rumour_rebuttals_count_public
    after insert or delete or update of ticket_id, ticket_content_version on rumour_rebuttals
    for each row execute function rumour_rebuttals_count_public();

-- A ticket published, withdrawn, re-graded or given new content: every rebuttal that refers to it. The rebuttal rows
-- are locked first, so that a concurrent change of a rebuttal is counted against this ticket's committed state.
create function review_tickets_count_public() returns trigger language plpgsql as $$
declare
    delta bigint;
begin
    perform 1 from rumour_rebuttals r where r.ticket_id = new.id for update;
    select coalesce(sum(ticket_is_public_for(new.status, new.classification, new.content_version, r.ticket_content_version)
                      - ticket_is_public_for(old.status, old.classification, old.content_version, r.ticket_content_version)), 0)
      into delta from rumour_rebuttals r where r.ticket_id = new.id;
    perform public_rebuttal_count_add(delta);
    return null;
end
$$;

create trigger review_tickets_count_public
    after update of status, classification, content_version on review_tickets
    for each row
    when (old.status is distinct from new.status or old.classification is distinct from new.classification
          or old.content_version is distinct from new.content_version)
    execute function review_tickets_count_public();

-- A truncate fires no row trigger: count again.
create function public_rebuttal_count_recount() returns trigger language plpgsql as $$
begin
    update public_rebuttal_count set total = public_rebuttals_counted();
    return null;
end
$$;

create trigger rumour_rebuttals_recount_public after truncate on rumour_rebuttals
    for each statement execute function public_rebuttal_count_recount();
create trigger review_tickets_recount_public after truncate on review_tickets
    for each statement execute function public_rebuttal_count_recount();
