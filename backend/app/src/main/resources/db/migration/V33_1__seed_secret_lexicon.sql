-- Art 28: starter terms of the SECRET lexicon (classification and secrecy marks); the city office maintains the rest.
insert into lexicon_terms (kind, term, suggestion) values
  ('SECRET', '绝密', '确认不涉及国家秘密，或删去后再发布'),
  ('SECRET', '机密', '确认不涉及国家秘密，或删去后再发布'),
  ('SECRET', '秘密', '确认不涉及国家秘密，或删去后再发布'),
  ('SECRET', '涉密', '确认不涉及国家秘密，或删去后再发布'),
  ('SECRET', '内部资料', '确认可以公开后再发布'),
  ('SECRET', '内部传阅', '确认可以公开后再发布'),
  ('SECRET', '不得外传', '确认可以公开后再发布')
on conflict (kind, term) do nothing;
update lexicon_state set version = version + 1;
