-- Art 19 in the assessment: weeks without an update and fortnights without an original, counted per calendar period.
alter table assessment_items drop constraint assessment_items_source_check;
alter table assessment_items add constraint assessment_items_source_check check (source in ('SILENT_ACCOUNTS',
    'DORMANT_ACCOUNTS', 'OVERDUE_REPLIES', 'SPOT_CHECK_FINDINGS', 'MEASURES', 'SPOT_CHECK_VETO', 'PROVINCIAL_VETO',
    'SECURITY_INCIDENT', 'MISSED_WEEKS', 'MISSED_FORTNIGHTS'));
