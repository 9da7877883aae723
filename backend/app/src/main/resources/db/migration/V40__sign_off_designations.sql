-- Art 17: general content is signed off by the signer each host designates, or by the signer's deputy.
create table sign_off_designations (
    host_organization_id bigint primary key references organizations (id),
    signer               text        not null,
    deputy               text,
    updated_by           text        not null,
    updated_at           timestamptz not null default now(),
    version              bigint      not null default 0,
    constraint sign_off_designations_deputy_differs check (deputy is null or deputy <> signer)
);
