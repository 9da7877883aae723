-- The default obligation of the seeded units (Art 11): governments and functional departments must run an account.
-- Units created later get theirs from AccountObligation.defaultFor; tests rerun this after reseeding the tree.
update organizations set account_obligation = 'REQUIRED' where type in ('GOVERNMENT', 'DEPARTMENT');
