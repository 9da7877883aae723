-- Art 32.2: every locality and department runs its own quarterly checks within its scope. A check belongs to the
-- organization that runs it: the root of its runner's scope (the city government for CITY_ADMIN and the city office's
-- supervisors, a county government for that county office's supervisors). One check per quarter per organization.
alter table spot_checks add column organization_id bigint references organizations (id);
update spot_checks set organization_id = (select id from organizations where parent_id is null order by id limit 1);
alter table spot_checks alter column organization_id set not null;
alter table spot_checks drop constraint spot_checks_quarter_key;
alter table spot_checks add constraint spot_checks_organization_quarter_key unique (organization_id, quarter);
-- A quarter is a real one: from 2019 (the measures date from October 2019) on; "not in the future" is checked by the API.
alter table spot_checks add constraint spot_checks_quarter_year check (substring(quarter, 1, 4)::int >= 2019);
