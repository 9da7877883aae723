"""Publication records (Art 19) over the two years, written in time order as an app would have recorded them (one
account's rows spread over the table, not clustered). Skewed: a lognormal rate per account, posts spaced around it
with jitter; some accounts never publish, some went dormant months ago, some fell silent in the last weeks; half of
the weekend posts wait for Monday."""
import math
from array import array

from . import text
from .common import TIME_OF_DAY

COLUMNS = ["id", "account_id", "host_organization_id", "published_at", "origin", "title", "url", "source_name",
           "imported", "recorded_by", "created_at"]
URLS = {"WECHAT_OFFICIAL": "https://mp.weixin.qq.com/s/", "WEIBO": "https://weibo.com/detail/",
        "DOUYIN": "https://www.douyin.com/video/", "WECHAT_CHANNELS": "https://channels.weixin.qq.com/v/",
        "TOUTIAO": "https://www.toutiao.com/article/", "KUAISHOU": "https://www.kuaishou.com/short-video/",
        "XIAOHONGSHU": "https://www.xiaohongshu.com/explore/", "BILIBILI": "https://www.bilibili.com/video/",
        "MINI_PROGRAM": "https://mp.weixin.qq.com/mp/article/", "MOBILE_APP": "https://app.example.gov.cn/news/",
        "OTHER": "https://www.example.gov.cn/news/"}
RATES = {"WECHAT_OFFICIAL": 1.2, "WEIBO": 1.5, "DOUYIN": 1.1, "WECHAT_CHANNELS": 0.9, "TOUTIAO": 1.0, "KUAISHOU": 0.8,
         "XIAOHONGSHU": 0.6, "BILIBILI": 0.4, "MINI_PROGRAM": 0.3, "MOBILE_APP": 0.7, "OTHER": 0.5}
GOLDEN = 0x9E3779B97F4A7C15
MASK = (1 << 64) - 1


def plan(rng, accounts, period, target):
    """Answers (profiles, buckets): per publishing account (id, host id, url prefix, original share, recorder), and
    per day the profile index of every record published that day."""
    last = period.days - 1
    chosen = []
    for a in accounts:
        if a.activated is None:
            continue
        start = max(0, period.index(a.activated))
        stop = last if a.ended is None else period.index(a.ended) - 1
        kind = rng.random()
        if kind < 0.03:
            continue  # never published anything
        if kind < 0.08:
            stop = min(stop, last - rng.randint(95, 400))  # dormant: nothing for 3 months or more
        elif kind < 0.16:
            stop = min(stop, last - rng.randint(8, 40))  # fell silent in the last weeks
        if stop < start:
            continue
        rate = math.exp(rng.gauss(0, 0.6)) * RATES[a.platform]
        share = min(0.95, max(0.05, rng.gauss(0.6, 0.2)))
        chosen.append((a, start, stop, rate, share))
    scale = target / max(1.0, sum(rate * (stop - start + 1) for _, start, stop, rate, _ in chosen))
    buckets = [array("I") for _ in range(period.days)]
    weekday = [d.weekday() for d in period.dates]
    random = rng.random
    profiles = []
    for index, (a, start, stop, rate, share) in enumerate(chosen):
        profiles.append((str(a.id), str(a.host.id), URLS[a.platform], share, f"op-{a.host.code.lower()}"))
        gap = 1.0 / (rate * scale)
        moment = start + random() * gap
        while moment < stop + 1:
            day = int(moment)
            if weekday[day] >= 5 and random() < 0.5:
                day = min(stop, day + 7 - weekday[day])  # moved to Monday
            buckets[day].append(index)
            moment += gap * (0.4 + 1.2 * random())
    return profiles, buckets


def titles(rng, count=30000):
    out = []
    for _ in range(count):
        place = "".join(rng.sample(text.PLACE_CHARS, 2)) if rng.random() < 0.5 else ""
        out.append(rng.choice(text.TITLE_PREFIXES) + place + rng.choice(text.TITLE_TOPICS) + rng.choice(text.TITLE_SUFFIXES))
    return out


def lines(rng, profiles, buckets, period):
    pool = titles(rng)
    sources = text.REPOST_SOURCES
    random = rng.random
    count, source_count = len(pool), len(sources)
    number = 0
    for day, bucket in enumerate(buckets):
        seconds = [int(28800 + random() * 50400) if random() < 0.93 else int(random() * 86400) for _ in bucket]
        day_text = period.text[day]
        for second, index in sorted(zip(seconds, bucket)):
            number += 1
            account, host, prefix, share, recorder = profiles[index]
            stamp = day_text + TIME_OF_DAY[second]
            if random() < share:
                origin, source = "ORIGINAL", "\\N"
            else:
                origin, source = "REPOST", sources[int(random() * source_count)]
            yield (f"{number}\t{account}\t{host}\t{stamp}\t{origin}\t{pool[int(random() * count)]}\t"
                   f"{prefix}{number * GOLDEN & MASK:016x}\t{source}\t{'t' if random() < 0.08 else 'f'}\t{recorder}\t{stamp}")
