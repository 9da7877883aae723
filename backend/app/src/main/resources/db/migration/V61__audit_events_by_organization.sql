-- 工作台 · 近期动态 reads the latest events of an organization subtree. Walking the whole log backwards by id serves the
-- city, but a small unit's few events lie far apart in it; by organization and id each unit's newest come first.
create index audit_events_organization_idx on audit_events (organization_code, id);
