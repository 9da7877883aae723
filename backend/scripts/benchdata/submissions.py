"""Public submissions (Art 24, 29, 30) in the order they arrived, with tracking numbers TS<yyyymmdd><seq>, due dates
5 working days on, and a reply record per account's responsiveness: most on time, some late, some never (a few
accounts answer badly, which is what the poor-interaction veto catches). Query token of submission n is
"bench-<seed>-<n>" (its SHA-256 is stored), so load scripts can look statuses up."""
import datetime as dt
import hashlib

from . import text
from .common import cumulative, person, phone, pick

COLUMNS = ["id", "tracking_number", "token_hash", "kind", "account_id", "target_organization_id", "title", "content",
           "contact_name", "contact_phone", "error_url", "suspect_platform", "suspect_name", "suspect_link", "status",
           "moderation", "forwarded_to_organization_id", "forward_note", "due_on", "reply", "replied_by", "replied_at",
           "closed_at", "client_hash", "content_hash", "received_on", "created_at", "updated_at", "version"]
KINDS = ["MESSAGE", "CONSULTATION", "COMPLAINT", "SUGGESTION", "ERROR_REPORT", "COUNTERFEIT_REPORT"]
KIND_WEIGHTS = cumulative([35, 30, 15, 12, 5, 3])
N = "\\N"


def _sha(value):
    return hashlib.sha256(value.encode()).hexdigest()


def _contents(rng, count=20000):
    out = []
    for _ in range(count):
        subject = rng.choice(text.COMPLAINT_SUBJECTS)
        body = "".join(rng.choice(text.SENTENCES) for _ in range(rng.randint(2, 12)))
        out.append((subject, f"关于{subject}的问题：{body}"))
    return out


class Submissions:
    def __init__(self, rng, accounts, hosts, period, calendar, seed):
        self.rng, self.period, self.calendar, self.seed = rng, period, calendar, seed
        last = period.days - 1
        self.live = [(a, max(0, period.index(a.activated)), last if a.ended is None else period.index(a.ended) - 1,
                      rng.random() < 0.1) for a in accounts if a.activated is not None]
        self.hosts = hosts
        self.by_division = {}
        for h in hosts:
            self.by_division.setdefault(h.division, []).append(h)
        self.contents = _contents(rng)
        self.clients = [_sha(f"client:10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
                        for _ in range(5000)]

    def _account(self, day):
        rng = self.rng
        if rng.random() < 0.15:
            return None
        for _ in range(4):
            entry = self.live[int(rng.random() * len(self.live))]
            if entry[1] <= day <= entry[2]:
                return entry
        return None

    def lines(self, target):
        rng, period = self.rng, self.period
        weights = [0.6 if weekend else 1.16 for weekend in period.weekend]
        scale = target / sum(weights)
        self.names = [person(rng) for _ in range(5000)]
        self.phones = [phone(rng) for _ in range(5000)]
        number = 0
        for day in range(period.days):
            received = period.dates[day]
            today = (day, received, period.days - 1 - day, f"TS{received.strftime('%Y%m%d')}", received.isoformat(),
                     self.calendar.plus(received, 5))
            sequence = 0
            for _ in range(int(weights[day] * scale + rng.random())):
                number += 1
                sequence += 1
                yield self._line(number, sequence, today)

    def _line(self, number, sequence, today):
        day, received, recent, prefix, received_text, due = today
        rng, period = self.rng, self.period
        random = rng.random
        entry = self._account(day)
        host = entry[0].host if entry else self.hosts[int(random() * len(self.hosts))]
        kind = pick(rng, KIND_WEIGHTS, KINDS)
        subject, content = self.contents[int(random() * len(self.contents))]
        title = f"关于{subject}的{text.KIND_WORDS[kind]}"
        stamp = period.stamp(day, 25200 + int(random() * 57600))
        extra = (N, N, N, N)
        if kind == "ERROR_REPORT":
            extra = (f"https://www.gov.example.cn/{host.division}/art/{number}.html", N, N, N)
        elif kind == "COUNTERFEIT_REPORT":
            extra = (N, "DOUYIN", host.name[-10:] + "官方", f"https://www.douyin.com/user/fake{number}")
        r = random()
        moderation = "PENDING" if recent < 7 and r < 0.6 else "PUBLISHED" if r < 0.8 else "PENDING" if r < 0.93 else "HIDDEN"
        poor = entry[3] if entry else False
        r = random()
        replied = None
        if r >= (0.2 if poor else 0.006) and not (recent < 8 and random() < 0.6):
            if r < (0.35 if poor else 0.08):
                replied = due + dt.timedelta(days=1 + int(random() * 20))
            else:
                replied = received + dt.timedelta(days=int(random() * ((due - received).days + 1)))
            if replied > period.as_of:
                replied = None
        status, forwarded, note, reply, replier, replied_at, closed_at, updated = \
            "RECEIVED", N, N, N, N, N, N, stamp
        if replied is None:
            if random() < 0.3:
                status = "FORWARDED"
                division = self.by_division[host.division]
                forwarded = str(division[int(random() * len(division))].id)
                note = "请按职责核实办理并直接答复群众。"
        else:
            status = "ANSWERED"
            reply, replier = text.REPLIES[int(random() * len(text.REPLIES))], f"handler-{host.code.lower()}"
            replied_at = period.stamp(period.index(replied), 32400 + int(random() * 32400))
            updated = replied_at
            closed = replied + dt.timedelta(days=1 + int(random() * 5))
            if random() < 0.6 and closed <= period.as_of:
                status, closed_at = "CLOSED", period.stamp(period.index(closed), 36000)
                updated = closed_at
        contact = random() < 0.7
        return "\t".join([
            str(number), f"{prefix}{sequence:05d}", _sha(f"bench-{self.seed}-{number}"), kind,
            str(entry[0].id) if entry else N, str(host.id), title, content,
            self.names[int(random() * 5000)] if contact else N, self.phones[int(random() * 5000)] if contact else N,
            *extra, status, moderation, forwarded, note, due.isoformat(), reply, replier, replied_at, closed_at,
            self.clients[int(random() * len(self.clients))], _sha(f"{kind}|{number}|{title}"), received_text, stamp,
            updated, "0" if status == "RECEIVED" else "2"])
