-- A submission's status asks for its photos only when it has some (most have none): the count is written with the
-- submission, in the transaction that stores its photos (photos are never added later).
alter table complaints add column photo_count smallint not null default 0 check (photo_count between 0 and 3);

update complaints c
   set photo_count = p.photos
  from (select complaint_id, count(*) as photos from submission_photos group by complaint_id) p
 where p.complaint_id = c.id;
