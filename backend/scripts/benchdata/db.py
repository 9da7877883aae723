"""psql plumbing: queries, COPY ... FROM STDIN streams, and taking secondary indexes and keys off a table around a load."""
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

BATCH = 20_000
# Session settings of every connection the loader opens (bulk load: large sort memory, no wait for the WAL flush).
OPTIONS = "-c maintenance_work_mem=1GB -c synchronous_commit=off -c work_mem=64MB -c client_min_messages=warning"


def log(message):
    print(f"[benchdata {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def esc(value):
    """A text value for COPY's text format."""
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def array(values):
    """A text[] literal for COPY's text format."""
    assert not any(c in v for v in values for c in '"\\{},\t\n'), values
    return "{" + ",".join('"' + v + '"' for v in values) + "}"


class Db:
    def __init__(self, url):
        self.url = url

    def _psql(self, *args):
        return ["psql", self.url, "-X", "-q", "-v", "ON_ERROR_STOP=1", *args]

    def _env(self):
        return {**os.environ, "PGOPTIONS": OPTIONS}

    def run(self, *statements):
        args = [a for s in statements for a in ("-c", s)]
        subprocess.run(self._psql(*args), check=True, env=self._env(), stdout=subprocess.DEVNULL)

    def query(self, sql):
        out = subprocess.run(self._psql("-At", "-F", "\t", "-c", sql), check=True, capture_output=True, text=True,
                             env=self._env()).stdout
        return [line.split("\t") for line in out.splitlines()]

    def scalar(self, sql):
        rows = self.query(sql)
        return rows[0][0] if rows else None

    def copy(self, table, columns, lines, freeze=False):
        """Streams the lines (COPY text format, no newline) into the table; with freeze, in the transaction that
        truncates it, so the rows are written frozen and all-visible (no later vacuum pass over them)."""
        copy = f"copy {table} ({', '.join(columns)}) from stdin" + (" with (freeze)" if freeze else "")
        args = ["-c", "begin", "-c", f"truncate {table} cascade", "-c", copy, "-c", "commit"] if freeze else ["-c", copy]
        process = subprocess.Popen(self._psql(*args), stdin=subprocess.PIPE, env=self._env())
        count = 0
        batch = []
        try:
            for line in lines:
                batch.append(line)
                if len(batch) == BATCH:
                    process.stdin.write(("\n".join(batch) + "\n").encode())
                    count += BATCH
                    batch.clear()
            if batch:
                process.stdin.write(("\n".join(batch) + "\n").encode())
                count += len(batch)
            process.stdin.close()
        except BrokenPipeError:
            pass
        if process.wait() != 0:
            raise SystemExit(f"COPY into {table} failed")
        return count

    def detach(self, table):
        """Drops the table's keys (the primary key only when no foreign key points to it) and secondary indexes; answers
        what restores them exactly as the migrations made them: index builds (unique and primary keys as their index,
        attached afterwards), then the foreign keys."""
        keys = self.query(f"""
            select contype, conname, pg_get_constraintdef(oid), coalesce(pg_get_indexdef(conindid), '')
              from pg_constraint
             where conrelid = '{table}'::regclass
               and (contype in ('u', 'f') or contype = 'p' and not exists (
                    select 1 from pg_constraint r where r.confrelid = '{table}'::regclass))
             order by contype desc, conname""")
        indexes = self.query(f"""
            select c.relname, pg_get_indexdef(i.indexrelid)
              from pg_index i join pg_class c on c.oid = i.indexrelid
             where i.indrelid = '{table}'::regclass
               and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.conrelid = i.indrelid)
             order by c.relname""")
        drops = [f"alter table {table} drop constraint {name}" for _, name, _, _ in keys]
        drops += [f"drop index {name}" for name, _ in indexes]
        if drops:
            self.run(*drops)
        builds = [index for kind, _, _, index in keys if kind != "f"] + [sql for _, sql in indexes]
        attach = [f"alter table {table} add constraint {name} {'primary key' if kind == 'p' else 'unique'} using index {name}"
                  for kind, name, _, _ in keys if kind != "f"]
        foreign = [f"alter table {table} add constraint {name} {definition}" for kind, name, definition, _ in keys if kind == "f"]
        return builds, attach + foreign

    def restore(self, builds, constraints):
        """Builds the indexes two at a time (both cores; trigram indexes, the slowest, first), then adds the
        constraints (foreign keys are validated)."""
        def build(sql):
            log(sql)
            subprocess.run(self._psql("-c", sql), check=True, env=self._env())
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(build, sorted(builds, key=lambda sql: " USING gin " not in sql)))
        for sql in constraints:
            log(sql)
            self.run(sql)

    def reset_identity(self, *tables):
        self.run(*[f"select setval(pg_get_serial_sequence('{t}', 'id'), (select coalesce(max(id), 1) from {t}))"
                   for t in tables])

