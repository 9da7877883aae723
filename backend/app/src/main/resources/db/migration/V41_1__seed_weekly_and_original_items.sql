-- Art 19: the weekly update rule deducts per calendar week missed (Monday to Sunday, Beijing time), capped by the item's
-- points, instead of once per account ever flagged; the fortnightly original rule is an item of its own.
update assessment_items
   set source = 'MISSED_WEEKS', max_points = 15, deduction_points = 1,
       name = '账号每周更新（每个账号每缺一个自然周扣 1 分，本项最多扣 15 分）'
 where code = 'WEEKLY_UPDATES';
insert into assessment_items (code, name, kind, source, max_points, deduction_points, sort_order) values
  ('ORIGINAL_CONTENT', '每两周发布原创信息（每个账号每缺两周扣 1 分，本项最多扣 5 分）', 'SCORED', 'MISSED_FORTNIGHTS', 5, 1, 1);
