-- The spot-check checklist as shipped: the national veto categories (国办秘函〔2019〕19号) and the local scored items.
insert into checklist_items (code, name, kind, points, article, sort_order) values
  ('SECURITY_INCIDENT', '发生严重安全、泄密事故或严重表述错误', 'VETO', 0, '国办秘函〔2019〕19号', 1),
  ('ILLEGAL_CONTENT', '发布违法违规信息', 'VETO', 0, '国办秘函〔2019〕19号', 2),
  ('NO_UPDATE_TWO_WEEKS', '检查时点前2周内无更新', 'VETO', 0, '国办秘函〔2019〕19号', 3),
  ('POOR_INTERACTION', '互动回应差（有效留言超过3个月未回复）', 'VETO', 0, '国办秘函〔2019〕19号', 4),
  ('INFREQUENT_UPDATES', '每周更新不足1次或每两周原创不足1篇', 'SCORED', 10, 'Art 19', 10),
  ('REVIEW_PROCESS', '未落实先审后发、审核签发记录不全', 'SCORED', 10, 'Art 17', 11),
  ('SERIOUS_WORDING_ERROR', '一般性表述错误、错别字', 'SCORED', 5, 'Art 20', 12),
  ('UNANSWERED_MESSAGES', '留言咨询未按时答复', 'SCORED', 10, 'Art 24', 13),
  ('FILING_MISMATCH', '备案信息与实际不符', 'SCORED', 5, 'Art 15', 14),
  ('NAMING', '账号名称、认证主体不规范', 'SCORED', 5, 'Art 14', 15),
  ('RESPONSIBLE_PERSON', '未明确责任人或人员未经培训', 'SCORED', 5, 'Art 26', 16);
