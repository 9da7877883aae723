-- The automatic check travels with the content it checked: each version keeps the findings of its submission and,
-- when it had warnings, who confirmed them and when, for the reviewers and signers who come after (Art 19-21).
alter table review_ticket_versions
    add column check_findings        jsonb,
    add column checked_at            timestamptz,
    add column warnings_confirmed_by varchar(128),
    add column warnings_confirmed_at timestamptz;
