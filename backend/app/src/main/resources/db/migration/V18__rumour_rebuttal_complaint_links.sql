-- Rebuttals link the complaints that reported the rumour (Art 23); both tables exist from V14 and V16.
alter table rumour_rebuttal_complaints
    add constraint rumour_rebuttal_complaints_complaint_fk foreign key (complaint_id) references complaints (id);
