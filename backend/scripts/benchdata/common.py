"""What every part of the generator shares: the seeded random streams, the period, working days, names, phones."""
import datetime as dt
import random

from . import text

# Times of day as COPY timestamptz text in Shanghai time, indexed by second of the day.
TIME_OF_DAY = [f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}+08" for s in range(86400)]


def stream(seed, name):
    """An independent, reproducible random stream per part, so changing one part never shifts another's data."""
    return random.Random(f"{seed}/{name}")


class Period:
    """The two years of activity that end with the as-of day; days are numbered from its first day (0)."""

    def __init__(self, as_of, days=730):
        self.as_of = as_of
        self.days = days
        self.start = as_of - dt.timedelta(days=days - 1)
        self.dates = [self.start + dt.timedelta(days=i) for i in range(days)]
        self.text = [d.isoformat() for d in self.dates]
        self.weekend = [d.weekday() >= 5 for d in self.dates]

    def index(self, day):
        return (day - self.start).days

    def stamp(self, day_index, second):
        return self.text[day_index] + TIME_OF_DAY[second]


class Calendar:
    """Working days as the app counts them (WorkingDays.plus): counting starts on the next working day."""

    def __init__(self, special):
        self.special = special  # date -> 'HOLIDAY' | 'MAKE_UP_WORKDAY'
        self._memo = {}

    def working(self, day):
        kind = self.special.get(day)
        return kind == "MAKE_UP_WORKDAY" if kind else day.weekday() < 5

    def plus(self, day, count):
        key = (day, count)
        if key not in self._memo:
            current, counted = day, 0
            while counted < count:
                current += dt.timedelta(days=1)
                counted += self.working(current)
            self._memo[key] = current
        return self._memo[key]


def person(rng):
    return rng.choice(text.SURNAMES) + "".join(rng.choice(text.GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))


def phone(rng):
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def credit_code(division, number):
    """A unified social credit code (GB 32100) for a government body, with its check digit."""
    charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = f"11{division}MB{number:07d}"
    total = sum(charset.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return body + charset[(31 - total % 31) % 31]


def pick(rng, cumulative, values):
    """Weighted choice by a precomputed cumulative weight list ending at 1.0."""
    r = rng.random()
    for limit, value in zip(cumulative, values):
        if r < limit:
            return value
    return values[-1]


def cumulative(weights):
    total = sum(weights)
    acc, out = 0.0, []
    for w in weights:
        acc += w / total
        out.append(acc)
    return out
