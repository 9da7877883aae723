-- A restore from pg_dump runs with an empty search_path, where the ltree "=" behind IS DISTINCT FROM (an extension
-- operator in public) cannot be found, so the dump did not restore. Comparing the paths as text means the same and
-- needs only built-in operators.
drop trigger organizations_path_after_update on organizations;
create trigger organizations_path_after_update after update of parent_id on organizations
    for each row when (old.path::text is distinct from new.path::text) execute function organizations_move_subtree();
