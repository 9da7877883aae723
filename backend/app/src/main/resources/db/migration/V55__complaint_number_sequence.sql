-- Tracking numbers come from a sequence, which never makes a submission wait for another (the former per-day counter
-- row was locked by each submission until it committed). The number is TS + the day + six digits of the sequence:
-- unique as long as a day has fewer than a million submissions. Earlier numbers have five digits and stay as they are.
create sequence complaint_number_seq;
drop table complaint_daily_sequences;
