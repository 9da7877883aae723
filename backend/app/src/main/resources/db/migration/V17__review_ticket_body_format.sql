-- A ticket body is plain text or sanitized rich text (Art 17: what reviewers see is what is published).
alter table review_tickets add column body_format varchar(4) not null default 'TEXT' check (body_format in ('TEXT', 'HTML'));
