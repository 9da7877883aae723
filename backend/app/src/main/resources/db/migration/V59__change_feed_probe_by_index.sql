-- filing_changes_position() asked "is any change unpositioned?" with a plain exists. With statistics taken while many
-- changes were unpositioned (a bulk load, or V54's own update before the next analyze), the planner answered it with a
-- sequential scan of the whole feed on every read: 2.8 s a read at 224,000 changes. Asking for the first unpositioned
-- id in id order takes the partial index whatever the statistics say.
create or replace function filing_changes_position() returns bigint language plpgsql as $$
declare
    placed bigint;
begin
    perform 1 from filing_changes where position is null order by id limit 1;
    if not found then
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
