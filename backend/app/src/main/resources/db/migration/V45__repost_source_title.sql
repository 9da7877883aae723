-- Art 21 (rule 21.2): a repost carries its source's URL and, when given, the source's title, which the ticket's title must keep.
alter table review_tickets add column source_title varchar(200);
