"""Seeded national-scale bench data, streamed with COPY into a database the app's Flyway migrations prepared.

  python3 -m benchdata [--scale 1] [--seed 20261128] [--as-of 2026-11-27]   (BENCH_DATABASE_URL names the database)
  python3 -m benchdata --check    exit 0 when the database already holds exactly this data set

SCALE=1: ~300 divisions (~24,000 organizations), 200,000 accounts, 20,000,000 publication records, 2,000,000 public
submissions, 50,000 rumour rebuttals; every size is multiplied by the scale. The same scale, seed and as-of day give
the same rows. The data set is recorded in the table bench_dataset (one row), which --check reads."""
import argparse
import datetime as dt
import json
import multiprocessing
import os
import sys
import time

from . import activity, filings, rebuttals, register, submissions, tree
from .common import Calendar, Period, stream
from .db import Db, log

GENERATOR = 3  # bump when the generated data changes, so existing bench databases are regenerated
SIZES = {"divisions": 300, "accounts": 200_000, "publications": 20_000_000, "submissions": 2_000_000, "rebuttals": 50_000}
MARKER = """create table if not exists bench_dataset (
    scale numeric not null, seed bigint not null, as_of date not null, generator integer not null,
    loaded_at timestamptz not null default now(), load_seconds numeric not null, phases json not null, row_counts json not null)"""


def arguments():
    parser = argparse.ArgumentParser(prog="benchdata", description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--scale", type=float, default=float(os.environ.get("SCALE") or 1))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("BENCH_SEED") or 20261128))
    parser.add_argument("--as-of", type=dt.date.fromisoformat,
                        default=dt.date.fromisoformat(os.environ.get("BENCH_AS_OF") or "2026-11-27"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not args.url:
        parser.error("set BENCH_DATABASE_URL or --url")
    return args


def holds(db, args):
    if db.scalar("select to_regclass('bench_dataset') is not null") != "t":
        return False
    return db.scalar(f"select count(*) from bench_dataset where scale = {args.scale} and seed = {args.seed} and "
                     f"as_of = '{args.as_of}' and generator = {GENERATOR}") == "1"


def bulk(db, table, columns, lines, freeze=False):
    """COPY with the secondary indexes and keys taken off and rebuilt after (faster than maintaining them per row)."""
    builds, constraints = db.detach(table)
    begun = time.monotonic()
    count = db.copy(table, columns, lines, freeze)
    copied = time.monotonic()
    db.restore(builds, constraints)
    log(f"{table}: copy {copied - begun:.1f} s, {len(builds)} indexes and {len(constraints)} constraints "
        f"{time.monotonic() - copied:.1f} s")
    return count


def beside(work):
    """Runs work in a forked child process while the caller goes on (the two big tables load side by side, so both
    cores stay busy); answers a function that waits for the child and answers what work answered."""
    reader, writer = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=lambda: writer.send(work()))
    child.start()
    writer.close()

    def wait():
        try:
            result = reader.recv()
        except EOFError:
            result = None
        child.join()
        if child.exitcode != 0 or result is None:
            raise SystemExit("the side-by-side load failed")
        return result
    return wait


def load(db, args):
    sizes = {name: max(1, round(size * args.scale)) for name, size in SIZES.items()}
    if db.scalar("select count(*) from accounts") != "0":
        raise SystemExit("the bench database is not empty: recreate it (make bench does) before loading")
    calendar = Calendar({dt.date.fromisoformat(day): kind for day, kind in db.query("select day, kind from calendar_days")})
    period = Period(args.as_of)
    city, office = (db.scalar(f"select id from organizations where code = '{code}'") for code in ("NT-GOV", "NT-GOV-OFFICE"))
    phases, rows = {}, {}
    started = time.monotonic()

    def phase(name, work):
        begun = time.monotonic()
        log(f"{name} …")
        rows[name] = work()
        phases[name] = round(time.monotonic() - begun, 1)
        log(f"{name}: {rows[name]:,} rows in {phases[name]} s")

    organization_lines, hosts = tree.build(stream(args.seed, "tree"), sizes["divisions"], city, office)
    phase("organizations", lambda: db.copy("organizations", tree.COLUMNS, organization_lines))
    accounts = register.build(stream(args.seed, "accounts"), hosts, sizes["accounts"], period, calendar)
    phase("accounts", lambda: bulk(db, "accounts", register.COLUMNS, register.lines(stream(args.seed, "account rows"), accounts)))
    filed = filings.build(stream(args.seed, "filings"), accounts, calendar)
    phase("filings", lambda: db.copy("filings", filings.COLUMNS, filings.lines(stream(args.seed, "filing rows"), filed, calendar)))
    # the trigger wrote the feed unpositioned; position it now, as a first reader would, so the analyze below sees it
    db.run("select filing_changes_position()")
    inbox = submissions.Submissions(stream(args.seed, "submissions"), accounts, hosts, period, calendar, args.seed)

    def complaints():
        return bulk(db, "complaints", submissions.COLUMNS, inbox.lines(sizes["submissions"]), True)
    complaints_done = beside(lambda: phase("complaints", complaints) or (rows["complaints"], phases["complaints"]))
    profiles, buckets = activity.plan(stream(args.seed, "activity"), accounts, period, sizes["publications"])
    phase("publications", lambda: bulk(db, "publications", activity.COLUMNS,
                                       activity.lines(stream(args.seed, "publication rows"), profiles, buckets, period), True))
    del profiles, buckets
    rows["complaints"], phases["complaints"] = complaints_done()
    tickets, versions, rebuttal_lines = rebuttals.build(stream(args.seed, "rebuttals"), accounts, period, sizes["rebuttals"])
    phase("review_tickets", lambda: bulk(db, "review_tickets", rebuttals.TICKET_COLUMNS, tickets))
    db.copy("review_ticket_versions", rebuttals.VERSION_COLUMNS, versions)
    phase("rumour_rebuttals", lambda: bulk(db, "rumour_rebuttals", rebuttals.COLUMNS, rebuttal_lines))
    db.reset_identity("organizations", "accounts", "filings", "publications", "complaints", "review_tickets",
                      "rumour_rebuttals")
    phase("vacuum_analyze", lambda: db.run("vacuum (analyze)") or 0)
    rows.pop("vacuum_analyze")
    seconds = round(time.monotonic() - started, 1)
    db.run(MARKER, "truncate bench_dataset",
           f"insert into bench_dataset (scale, seed, as_of, generator, load_seconds, phases, row_counts) values "
           f"({args.scale}, {args.seed}, '{args.as_of}', {GENERATOR}, {seconds}, '{json.dumps(phases)}', '{json.dumps(rows)}')")
    log(f"loaded in {seconds} s: {json.dumps(rows)}")


def main():
    args = arguments()
    db = Db(args.url)
    if args.check:
        sys.exit(0 if holds(db, args) else 1)
    load(db, args)


if __name__ == "__main__":
    main()
