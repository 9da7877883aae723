-- Art 34: a closure the competent authority orders rests on its order, not on the host's own decision (Art 16); it
-- is filed, delivered to the province and shown as such.
alter table filings drop constraint filings_basis_type_check;
alter table filings add constraint filings_basis_type_check
    check (basis_type in ('COLLECTIVE_DECISION', 'PRINCIPAL_LEADER_APPROVAL', 'ORDERED_BY_AUTHORITY'));
