-- Art 11: county (district) governments and the departments close to the economy, livelihoods and social management
-- must run government new media; classified units and units without a public-facing function are exempt; others may.
alter table organizations
    add column account_obligation text not null default 'OPTIONAL'
        check (account_obligation in ('REQUIRED', 'EXEMPT_CLASSIFIED', 'EXEMPT_NO_PUBLIC_FUNCTION', 'OPTIONAL')),
    add column obligation_reason text check (char_length(obligation_reason) <= 500);

-- the coverage report reads the obliged units of a scope
create index organizations_required_path on organizations using gist (path) where account_obligation = 'REQUIRED';
