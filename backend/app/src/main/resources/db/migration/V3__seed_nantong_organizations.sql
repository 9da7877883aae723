-- Nantong's government tree (division codes are real; credit codes are demo values with valid GB 32100 check digits).
insert into organizations (code, name, short_name, type, level, division_code, credit_code, parent_id, sort_order)
values ('NT-GOV', '南通市人民政府', '南通市政府', 'GOVERNMENT', 'CITY', '320600', '11320600MB0001000K', null, 0);

create temporary table seed_organizations (
    code text, name text, short_name text, type text, level text, division_code text, credit_code text,
    parent_code text, authority_code text, sort_order int
) on commit drop;

insert into seed_organizations values
  ('NT-GOV-OFFICE', '南通市人民政府办公室', '市政府办', 'GOVERNMENT_OFFICE', 'CITY', '320600', '11320600MB0001037C', 'NT-GOV', null, 1),
  ('NT-EDU', '南通市教育局', '市教育局', 'DEPARTMENT', 'CITY', '320600', '11320600MB00010747', 'NT-GOV', 'NT-GOV-OFFICE', 2),
  ('NT-PSB', '南通市公安局', '市公安局', 'DEPARTMENT', 'CITY', '320600', '11320600MB00011486', 'NT-GOV', 'NT-GOV-OFFICE', 3),
  ('NT-HEALTH', '南通市卫生健康委员会', '市卫健委', 'DEPARTMENT', 'CITY', '320600', '11320600MB00011851', 'NT-GOV', 'NT-GOV-OFFICE', 4),
  ('NT-CULTURE', '南通市文化广电和旅游局', '市文广旅局', 'DEPARTMENT', 'CITY', '320600', '11320600MB00012227', 'NT-GOV', 'NT-GOV-OFFICE', 5),
  ('CC-GOV', '南通市崇川区人民政府', '崇川区政府', 'GOVERNMENT', 'COUNTY', '320613', '11320613MB0001259T', 'NT-GOV', 'NT-GOV-OFFICE', 10),
  ('TZ-GOV', '南通市通州区人民政府', '通州区政府', 'GOVERNMENT', 'COUNTY', '320612', '11320612MB0001407C', 'NT-GOV', 'NT-GOV-OFFICE', 11),
  ('HM-GOV', '南通市海门区人民政府', '海门区政府', 'GOVERNMENT', 'COUNTY', '320614', '11320614MB0001481Y', 'NT-GOV', 'NT-GOV-OFFICE', 12),
  ('RD-GOV', '如东县人民政府', '如东县政府', 'GOVERNMENT', 'COUNTY', '320623', '11320623MB0001555Y', 'NT-GOV', 'NT-GOV-OFFICE', 13),
  ('QD-GOV', '启东市人民政府', '启东市政府', 'GOVERNMENT', 'COUNTY', '320681', '11320681MB0001666Q', 'NT-GOV', 'NT-GOV-OFFICE', 14),
  ('RG-GOV', '如皋市人民政府', '如皋市政府', 'GOVERNMENT', 'COUNTY', '320682', '11320682MB00017408', 'NT-GOV', 'NT-GOV-OFFICE', 15),
  ('HA-GOV', '海安市人民政府', '海安市政府', 'GOVERNMENT', 'COUNTY', '320685', '11320685MB0001814J', 'NT-GOV', 'NT-GOV-OFFICE', 16),
  ('ETDZ-ADMIN', '南通经济技术开发区管理委员会', '南通开发区', 'ZONE_COMMITTEE', 'COUNTY', '320600', '11320600MB00018882', 'NT-GOV', 'NT-GOV-OFFICE', 20),
  ('SUTONG-ADMIN', '苏通科技产业园区管理委员会', '苏通园区', 'ZONE_COMMITTEE', 'COUNTY', '320600', '11320600MB00019623', 'NT-GOV', 'NT-GOV-OFFICE', 21),
  ('TZB-ADMIN', '南通市通州湾示范区管理委员会', '通州湾示范区', 'ZONE_COMMITTEE', 'COUNTY', '320600', '11320600MB0002036G', 'NT-GOV', 'NT-GOV-OFFICE', 22),
  ('NT-EDU-OFFICE', '南通市教育局办公室', '市教育局办公室', 'INTERNAL_UNIT', 'CITY', '320600', null, 'NT-EDU', null, 1),
  ('CC-GOV-OFFICE', '南通市崇川区人民政府办公室', '崇川区政府办', 'GOVERNMENT_OFFICE', 'COUNTY', '320613', '11320613MB0001296M', 'CC-GOV', 'NT-GOV-OFFICE', 1),
  ('CC-EDU', '南通市崇川区教育体育局', '崇川区教体局', 'DEPARTMENT', 'COUNTY', '320613', '11320613MB0001333U', 'CC-GOV', 'CC-GOV-OFFICE', 2),
  ('CC-HEALTH', '南通市崇川区卫生健康委员会', '崇川区卫健委', 'DEPARTMENT', 'COUNTY', '320613', '11320613MB0001370N', 'CC-GOV', 'CC-GOV-OFFICE', 3),
  ('TZ-GOV-OFFICE', '南通市通州区人民政府办公室', '通州区政府办', 'GOVERNMENT_OFFICE', 'COUNTY', '320612', '11320612MB00014447', 'TZ-GOV', 'NT-GOV-OFFICE', 1),
  ('HM-GOV-OFFICE', '南通市海门区人民政府办公室', '海门区政府办', 'GOVERNMENT_OFFICE', 'COUNTY', '320614', '11320614MB00015183', 'HM-GOV', 'NT-GOV-OFFICE', 1),
  ('RD-GOV-OFFICE', '如东县人民政府办公室', '如东县政府办', 'GOVERNMENT_OFFICE', 'COUNTY', '320623', '11320623MB0001592R', 'RD-GOV', 'NT-GOV-OFFICE', 1),
  ('RD-CULTURE', '如东县文化广电和旅游局', '如东县文广旅局', 'DEPARTMENT', 'COUNTY', '320623', '11320623MB0001629X', 'RD-GOV', 'RD-GOV-OFFICE', 2),
  ('QD-GOV-OFFICE', '启东市人民政府办公室', '启东市政府办', 'GOVERNMENT_OFFICE', 'COUNTY', '320681', '11320681MB0001703Y', 'QD-GOV', 'NT-GOV-OFFICE', 1),
  ('RG-GOV-OFFICE', '如皋市人民政府办公室', '如皋市政府办', 'GOVERNMENT_OFFICE', 'COUNTY', '320682', '11320682MB00017771', 'RG-GOV', 'NT-GOV-OFFICE', 1),
  ('HA-GOV-OFFICE', '海安市人民政府办公室', '海安市政府办', 'GOVERNMENT_OFFICE', 'COUNTY', '320685', '11320685MB0001851D', 'HA-GOV', 'NT-GOV-OFFICE', 1),
  ('ETDZ-OFFICE', '南通经济技术开发区党政办公室', '开发区党政办', 'GOVERNMENT_OFFICE', 'COUNTY', '320600', '11320600MB00019258', 'ETDZ-ADMIN', 'NT-GOV-OFFICE', 1),
  ('SUTONG-OFFICE', '苏通科技产业园区党政办公室', '苏通园区党政办', 'GOVERNMENT_OFFICE', 'COUNTY', '320600', '11320600MB0001999U', 'SUTONG-ADMIN', 'NT-GOV-OFFICE', 1),
  ('TZB-OFFICE', '南通市通州湾示范区党政办公室', '通州湾党政办', 'GOVERNMENT_OFFICE', 'COUNTY', '320600', '11320600MB0002073B', 'TZB-ADMIN', 'NT-GOV-OFFICE', 1);

-- Parents first: insert level by level so each parent's path exists.
do $$
declare
    inserted int;
begin
    loop
        insert into organizations (code, name, short_name, type, level, division_code, credit_code, parent_id, sort_order)
        select s.code, s.name, s.short_name, s.type, s.level, s.division_code, s.credit_code, p.id, s.sort_order
          from seed_organizations s
          join organizations p on p.code = s.parent_code
         where not exists (select 1 from organizations o where o.code = s.code);
        get diagnostics inserted = row_count;
        exit when inserted = 0;
    end loop;
end $$;

update organizations o
   set competent_authority_id = a.id
  from seed_organizations s
  join organizations a on a.code = s.authority_code
 where o.code = s.code;
