-- Art 32.8: findings of national and provincial checks can also be entered by CITY_ADMIN in the admin app, with their
-- source: NATIONAL (国家检查) or PROVINCIAL (省级检查，录入). PROVINCE stays the findings the province sends through the
-- sync interface; only those are reported back to the province once rectified. All three veto the year (Art 32.3).
alter table inspection_findings drop constraint inspection_findings_source_check;
alter table inspection_findings add constraint inspection_findings_source_check
    check (source in ('PROVINCE', 'NATIONAL', 'PROVINCIAL', 'SPOT_CHECK', 'SECURITY_CHECK'));
