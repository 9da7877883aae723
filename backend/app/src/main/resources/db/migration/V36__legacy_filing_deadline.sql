-- Art 35: an account opened before the measures must be filed by its host within 20 working days of their
-- publication (2019-10-10) or, for one found later, of the day it was found. That is the host's deadline; the
-- competent authority keeps its 3 working days to file into the provincial system (Art 15) as for any filing.
alter table filings add column legacy_found_on date;
alter table filings add column host_deadline date;
alter table filings add constraint filings_host_deadline_legacy check (host_deadline is null or legacy);
alter table filings add constraint filings_found_on_legacy check (legacy_found_on is null or legacy);
