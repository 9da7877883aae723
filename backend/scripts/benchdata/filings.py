"""Filings (Art 15, 16, 35): an OPEN filing for every account (SUBMITTED while the account is pending), and the
CLOSE / CANCEL filing with its basis and 15-working-day announcement for closing, closed and cancelled accounts.
The insert trigger writes each one into the provincial change feed (filing_changes)."""
import datetime as dt

COLUMNS = ["id", "type", "account_id", "host_organization_id", "authority_organization_id", "status", "legacy",
           "basis_type", "basis_document_number", "basis_decided_on", "announcement_starts_on", "announcement_ends_on",
           "received_on", "provincial_deadline", "submitted_by", "submitted_at", "decided_by", "decided_at",
           "delivered_at", "receipt_number"]
MEASURES_IN_FORCE = dt.date(2019, 10, 10)
N = "\\N"


def build(rng, accounts, calendar):
    """Filings as (received_on, fields without id), in the order they were received."""
    filings = []
    for a in accounts:
        h = a.host
        opened = a.activated or a.changed
        received = opened - dt.timedelta(days=rng.randint(0, 5)) if a.activated else a.changed
        pending = a.status == "PENDING_FILING"
        filings.append((received, ["OPEN", a, "SUBMITTED" if pending else "APPROVED",
                                   "t" if opened < MEASURES_IN_FORCE else "f", N, N, N, N, N]))
        if a.closing_as:
            if a.status == "CLOSING":
                starts = a.changed
            else:
                starts = a.ended - dt.timedelta(days=25)
            basis = "COLLECTIVE_DECISION" if rng.random() < 0.6 else "PRINCIPAL_LEADER_APPROVAL"
            decided = starts - dt.timedelta(days=3)
            filings.append((starts - dt.timedelta(days=2), [
                "CLOSE" if a.closing_as == "CLOSED" else "CANCEL", a, "APPROVED", "f", basis,
                f"{h.code}〔{decided.year}〕{rng.randint(1, 99)}号", decided.isoformat(), starts.isoformat(),
                calendar.plus(starts, 15).isoformat()]))
    filings.sort(key=lambda f: (f[0], f[1][1].id))
    return filings


def lines(rng, filings, calendar):
    for number, (received, (type_, a, status, legacy, basis, document, decided_on, starts, ends)) in enumerate(filings, 1):
        h = a.host
        submitted = received.isoformat() + f" {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:00+08"
        if status == "APPROVED":
            decided = (received + dt.timedelta(days=rng.randint(0, 2))).isoformat() + " 16:00:00+08"
            decision = [f"sup-{h.authority}", decided, decided.replace(" 16:", " 17:"),
                        f"JS{received.strftime('%Y%m%d')}{number:07d}"]
        else:
            decision = [N, N, N, N]
        yield "\t".join([str(number), type_, str(a.id), str(h.id), str(h.authority), status, legacy, basis, document,
                         decided_on, starts, ends, received.isoformat(), calendar.plus(received, 3).isoformat(),
                         f"op-{h.code.lower()}", submitted, *decision])
