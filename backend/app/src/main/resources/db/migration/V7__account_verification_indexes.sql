-- Public verification looks accounts up by exact name (any case) and by platform id.
create index accounts_lower_name_idx on accounts (lower(name));
create index accounts_platform_account_id_idx on accounts (platform_account_id) where platform_account_id is not null;
