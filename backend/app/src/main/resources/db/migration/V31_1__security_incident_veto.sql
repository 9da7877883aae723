-- Art 32: the veto item for security incidents (kept apart so that tests can re-seed it).
insert into assessment_items (code, name, kind, source, max_points, deduction_points, sort_order) values
  ('SECURITY_INCIDENT', '发生有害信息、账号被盗、泄密等安全事件', 'VETO', 'SECURITY_INCIDENT', 0, 0, 12);
