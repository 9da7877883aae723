-- The user list filters by role as array containment (roles @> array[role]).
create index users_roles on users using gin (roles);
