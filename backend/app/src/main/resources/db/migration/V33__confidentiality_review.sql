-- Art 28.3: content that may touch state secrets (classification and secrecy marks) is flagged by the automatic check;
-- such a review ticket needs a reviewer's recorded confidentiality review (保密审查) before any step approves it.
alter table lexicon_terms drop constraint lexicon_terms_kind_check;
alter table lexicon_terms add constraint lexicon_terms_kind_check
    check (kind in ('BANNED', 'SENSITIVE', 'WORDING_ERROR', 'ADVERTISING', 'OPINION', 'SENSITIVE_TOPIC', 'APPROVED_SOURCE', 'SECRET'));

alter table review_tickets
    add column confidentiality_required    boolean not null default false,
    add column confidentiality_attested_by varchar(128),
    add column confidentiality_attested_at timestamptz,
    add column confidentiality_note        varchar(1000),
    add constraint review_tickets_confidentiality_attestation_check
        check ((confidentiality_attested_by is null) = (confidentiality_attested_at is null));
