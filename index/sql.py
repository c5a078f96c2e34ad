"""The catalog's two databases behind one small interface: SQLite (the default, one file in the
index directory) and PostgreSQL (`--catalog postgresql://…`, for several page processes and
machines sharing one index).

The catalog writes its SQL once, in SQLite's dialect; `connect` returns a connection whose
`execute` / `executemany` / `executescript` take that SQL, and the PostgreSQL one translates the
few differences: placeholders, INSERT OR REPLACE / OR IGNORE, rowid order, the exclusive lock
a write takes, and the column types of the schema.

    db = connect("postgresql://user@127.0.0.1:5432/reportqa")   # or a Path to catalog.sqlite
    db.execute("SELECT value FROM meta WHERE key=?", ("generation",)).fetchone()
"""

from __future__ import annotations

import re
import sqlite3
import threading
import urllib.parse
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


def is_url(target: str | Path) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def connect(target: str | Path, read_only: bool = False):
    """A connection to the catalog; `read_only` (SQLite only) opens a file that may not be
    written (a read-only mount, a folder without write permission) for reading."""
    if is_url(target):
        return PostgresDB(str(target))
    return SqliteDB(Path(target), read_only)


class SqliteDB:
    dialect = "sqlite"
    Error = sqlite3.DatabaseError

    def __init__(self, path: Path, read_only: bool = False):
        self.read_only = read_only
        if read_only:
            self.conn = _open_read_only(path)
            return
        # Autocommit mode; transactions are explicit so a report is written all at once.
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")

    def execute(self, sql: str, args: Sequence[Any] = ()):
        return self.conn.execute(sql, args)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]):
        return self.conn.executemany(sql, rows)

    def executescript(self, script: str) -> None:
        self.conn.executescript(script)

    def begin_write(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def columns(self, table: str) -> set[str]:
        return {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}

    def close(self) -> None:
        self.conn.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection. mode=ro reads the database and its
    write-ahead log but must create the -shm file beside them; where nothing can be created (a
    read-only mount) the file is opened immutable: no locks, the database file alone."""
    uri = "file:" + urllib.parse.quote(str(path.resolve()))
    error: sqlite3.Error | None = None
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{options}", uri=True, isolation_level=None, check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as err:
            error = err
    raise error


# SQLite idioms of the catalog and their PostgreSQL forms.
_UPSERT_KEYS = {"meta": "key", "sources": "sha256"}
_TYPES = ((re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
          (re.compile(r"\bmetric TEXT\b"), 'metric TEXT COLLATE "C"'),  # prefix ranges compare bytes
          (re.compile(r"\bsha256 TEXT UNIQUE\b"), "sha256 TEXT UNIQUE"))


class PostgresDB:
    """A psycopg connection that speaks the catalog's SQLite SQL."""

    dialect = "postgresql"

    def __init__(self, url: str):
        import psycopg

        self.Error = psycopg.Error
        self.url = url
        self.conn = psycopg.connect(url, autocommit=True)
        self._lock = threading.RLock()  # one statement at a time on the shared connection

    def execute(self, sql: str, args: Sequence[Any] = ()):
        with self._lock:
            return self.conn.execute(translate(sql), tuple(args))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]):
        rows = [tuple(r) for r in rows]
        if not rows:
            return None
        with self._lock, self.conn.cursor() as cursor:
            cursor.executemany(translate(sql), rows)
        return None

    def executescript(self, script: str) -> None:
        for statement in (s.strip() for s in script.split(";")):
            if statement:
                self.execute(schema(statement))

    def begin_write(self) -> None:
        # One writer at a time, as SQLite's BEGIN IMMEDIATE: the lock is held to COMMIT.
        self.execute("BEGIN")
        self.execute("LOCK TABLE meta IN SHARE ROW EXCLUSIVE MODE")

    def columns(self, table: str) -> set[str]:
        rows = self.execute("SELECT column_name FROM information_schema.columns WHERE table_name=?", (table,))
        return {r[0] for r in rows}

    def close(self) -> None:
        self.conn.close()


def schema(statement: str) -> str:
    """A CREATE statement for PostgreSQL: its types, and a sequence that keeps insertion order
    (SQLite's rowid) in the tables read in order."""
    for pattern, replacement in _TYPES:
        statement = pattern.sub(replacement, statement)
    match = re.match(r"CREATE TABLE IF NOT EXISTS (facts|passages) \(", statement)
    if match:
        statement = statement[: match.end()] + "seq BIGSERIAL, " + statement[match.end():]
    return statement


def translate(sql: str) -> str:
    upsert = re.match(r"\s*INSERT OR (REPLACE|IGNORE) INTO (\w+)", sql)
    if upsert:
        verb, table = upsert.groups()
        sql = f"INSERT INTO {table}" + sql[upsert.end():]
        if verb == "IGNORE":
            sql += " ON CONFLICT DO NOTHING"
        else:
            key = _UPSERT_KEYS[table]
            columns = {"meta": ("value",), "sources": ("report", "path", "kind", "ingested_at")}[table]
            sql += f" ON CONFLICT ({key}) DO UPDATE SET " + ", ".join(f"{c}=EXCLUDED.{c}" for c in columns)
    sql = sql.replace("ORDER BY rowid", "ORDER BY seq")
    return sql.replace("?", "%s")
