"""The account register: live accounts spread over hosts and platforms so that no host has two live accounts on one
platform (Art 12, the unique index), plus closed and cancelled ones; activation dates from 2019 to the as-of day."""
import datetime as dt

from . import text
from .common import cumulative, person, phone, pick

PLATFORMS = ["WECHAT_OFFICIAL", "DOUYIN", "WEIBO", "WECHAT_CHANNELS", "TOUTIAO", "KUAISHOU", "XIAOHONGSHU", "BILIBILI",
             "MINI_PROGRAM", "MOBILE_APP", "OTHER"]
POPULARITY = [25, 14, 13, 12, 10, 7, 4, 3, 5, 2, 5]
LIVE_SHARE = 0.89
COLUMNS = ["id", "platform", "platform_account_id", "name", "avatar_url", "certification_subject", "host_organization_id",
           "operator_type", "operator_name", "contract_signed_on", "confidentiality_signed_on", "responsible_person",
           "responsible_phone", "functions", "offers_news", "offers_audio_video", "licence_number", "ipv6_supported",
           "status", "closing_as", "closes_on", "status_changed_on", "activated_on", "ended_on", "created_at", "updated_at"]
EARLIEST = dt.date(2019, 3, 1)
AUDIO_VIDEO = {"DOUYIN", "KUAISHOU", "BILIBILI", "WECHAT_CHANNELS"}


class Account:
    __slots__ = ("id", "platform", "host", "status", "closing_as", "closes_on", "changed", "activated", "ended", "created")

    def __init__(self, platform, host, status):
        self.id, self.platform, self.host, self.status = 0, platform, host, status
        self.closing_as = self.closes_on = self.activated = self.ended = None


def _slots(rng, hosts, live):
    """(host, platform) pairs taken with probability min(1, c * host weight * popularity), c fitted to `live`."""
    top = max(POPULARITY)
    weights = [p / top for p in POPULARITY]

    def expected(c):
        return sum(min(1.0, c * h.weight * w) for h in hosts for w in weights)
    low, high = 0.0, 50.0
    for _ in range(40):
        middle = (low + high) / 2
        low, high = (middle, high) if expected(middle) < live else (low, middle)
    return [(h, p) for h in hosts for p, w in zip(PLATFORMS, weights) if rng.random() < min(1.0, high * h.weight * w)]


def _day(rng, first, last):
    return first + dt.timedelta(days=rng.randint(0, max(0, (last - first).days)))


def build(rng, hosts, total, period, calendar):
    """The accounts, ordered by the day they were registered (ids follow)."""
    as_of = period.as_of
    accounts = []
    for host, platform in _slots(rng, hosts, round(total * LIVE_SHARE))[:total]:
        r = rng.random()
        status = "PENDING_FILING" if r < 0.023 else "CLOSING" if r < 0.034 else "ACTIVE"
        a = Account(platform, host, status)
        if status == "PENDING_FILING":
            a.changed = as_of - dt.timedelta(days=rng.randint(0, 30))
        else:
            a.activated = _day(rng, EARLIEST, period.start) if rng.random() < 0.55 else _day(rng, period.start, as_of)
            a.changed = a.activated
            if status == "CLOSING":
                a.changed = max(a.activated, as_of - dt.timedelta(days=rng.randint(0, 20)))
                a.closing_as = "CLOSED" if rng.random() < 0.7 else "CANCELLED"
                a.closes_on = calendar.plus(a.changed, 15)
        accounts.append(a)
    host_weights = cumulative([h.weight for h in hosts])
    platform_weights = cumulative(POPULARITY)
    while len(accounts) < total:
        a = Account(pick(rng, platform_weights, PLATFORMS), pick(rng, host_weights, hosts),
                    "CLOSED" if rng.random() < 0.64 else "CANCELLED")
        a.activated = _day(rng, EARLIEST, as_of - dt.timedelta(days=60))
        a.ended = _day(rng, a.activated + dt.timedelta(days=30), as_of)
        a.changed = a.closes_on = a.ended
        a.closing_as = a.status
        accounts.append(a)
    for a in accounts:
        a.created = (a.activated or a.changed) - dt.timedelta(days=rng.randint(1, 7))
    accounts.sort(key=lambda a: (a.created, a.host.id, a.platform))
    for number, a in enumerate(accounts, start=1):
        a.id = number
    return accounts


def _platform_id(rng, a):
    digits = "0123456789"
    if a.platform in ("WECHAT_OFFICIAL", "WECHAT_CHANNELS", "MINI_PROGRAM"):
        return "gh_" + "".join(rng.choice("0123456789abcdef") for _ in range(12))
    if a.platform == "MOBILE_APP":
        return f"cn.gov.app{a.id}"
    if a.platform == "OTHER" and rng.random() < 0.5:
        return "\\N"
    return "".join(rng.choice(digits) for _ in range(10 if a.platform == "WEIBO" else 12))


def _date(value):
    return value.isoformat() if value else "\\N"


def lines(rng, accounts):
    for a in accounts:
        h = a.host
        name = h.account_name if rng.random() < 0.9 or h.account_name.endswith("发布") else h.account_name + "发布"
        contracted = rng.random() < 0.3
        operator = ("".join(rng.sample(text.PLACE_CHARS, 2)) + rng.choice(text.COMPANY_WORDS) + "有限公司") if contracted \
            else h.name
        signed = _date(a.created - dt.timedelta(days=rng.randint(0, 60))) if contracted else "\\N"
        functions = ["INFORMATION"] + (["SERVICE"] if rng.random() < 0.4 else []) + \
            (["INTERACTION"] if rng.random() < 0.6 else [])
        news = rng.random() < (0.1 if h.weight > 1 else 0.03)
        audio_video = a.platform in AUDIO_VIDEO and rng.random() < 0.3
        licence = f"{h.division}{a.id:08d}" if news or audio_video else "\\N"
        yield "\t".join([
            str(a.id), a.platform, _platform_id(rng, a), name,
            f"https://static.example.gov.cn/avatar/{a.id}.png" if rng.random() < 0.6 else "\\N",
            h.name, str(h.id), "CONTRACTED" if contracted else "IN_HOUSE", operator, signed, signed,
            person(rng), phone(rng) if rng.random() < 0.9 else "\\N", "{" + ",".join(functions) + "}",
            "t" if news else "f", "t" if audio_video else "f", licence, "t" if a.platform == "MOBILE_APP" else "\\N",
            a.status, a.closing_as or "\\N", _date(a.closes_on), _date(a.changed), _date(a.activated), _date(a.ended),
            a.created.isoformat() + " 09:30:00+08", a.changed.isoformat() + " 10:00:00+08"])
