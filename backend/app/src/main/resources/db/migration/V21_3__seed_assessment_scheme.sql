-- The assessment scheme as shipped (100 points; two veto items).
insert into assessment_items (code, name, kind, source, max_points, deduction_points, sort_order) values
  ('WEEKLY_UPDATES', '账号每周更新、每两周原创（每个出现未更新的账号扣 5 分）', 'SCORED', 'SILENT_ACCOUNTS', 20, 5, 1),
  ('DORMANT_ACCOUNTS', '清理整合“僵尸”账号（每个三个月未更新的账号扣 10 分）', 'SCORED', 'DORMANT_ACCOUNTS', 20, 10, 2),
  ('INTERACTION', '留言咨询按时答复（每件超期扣 2 分）', 'SCORED', 'OVERDUE_REPLIES', 20, 2, 3),
  ('SPOT_CHECKS', '季度抽查发现的问题（每个扣 5 分）', 'SCORED', 'SPOT_CHECK_FINDINGS', 30, 5, 4),
  ('MEASURES', '被约谈、警告、通报、责令关闭（每次扣 5 分）', 'SCORED', 'MEASURES', 10, 5, 5),
  ('SPOT_CHECK_VETO', '市级抽查发现单项否决问题', 'VETO', 'SPOT_CHECK_VETO', 0, 0, 10),
  ('PROVINCIAL_VETO', '国家或省级检查发现单项否决问题', 'VETO', 'PROVINCIAL_VETO', 0, 0, 11);
