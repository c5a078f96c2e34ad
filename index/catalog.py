"""The SQLite catalog: reports, facts, checks, passages and page texts of an index directory.

Why SQLite for facts rather than Chroma metadata: answers aggregate facts exactly (most, total,
ranking over every body and year), which needs complete, filterable, typed rows with no top-k
cap; and one SQLite transaction per report makes a report appear whole or not at all. Chroma
holds the same passages' vectors; the catalog is the source of truth that Chroma is reconciled
against (see index.store).
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from . import sql
from .models import CheckResult, Fact, Page, Passage, ReportRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
    report TEXT PRIMARY KEY, path TEXT, sha256 TEXT UNIQUE, kind TEXT, body TEXT, region TEXT,
    year INTEGER, template TEXT, title TEXT, pages INTEGER, passages INTEGER, facts INTEGER,
    checks_failed INTEGER, ingested_at TEXT, short_names TEXT, sections TEXT,
    unreadable INTEGER, problems TEXT);
CREATE INDEX IF NOT EXISTS reports_body_year ON reports (body, year);
CREATE TABLE IF NOT EXISTS facts (
    report TEXT, body TEXT, region TEXT, year INTEGER, template TEXT, section TEXT,
    table_name TEXT, row TEXT, column_name TEXT, metric TEXT, label TEXT, value REAL,
    value_is_int INTEGER, unit TEXT, page INTEGER, source_text TEXT, check_failed TEXT,
    status TEXT, note TEXT, box TEXT, origin TEXT, confidence REAL, printed TEXT);
CREATE INDEX IF NOT EXISTS facts_lookup ON facts (metric, year, body);
CREATE INDEX IF NOT EXISTS facts_report ON facts (report);
CREATE TABLE IF NOT EXISTS checks (
    report TEXT, name TEXT, passed INTEGER, detail TEXT, metrics TEXT);
CREATE INDEX IF NOT EXISTS checks_report ON checks (report);
CREATE TABLE IF NOT EXISTS passages (
    id TEXT PRIMARY KEY, report TEXT, text TEXT, body TEXT, region TEXT, year INTEGER,
    template TEXT, section TEXT, page INTEGER, kind TEXT, metric TEXT, value REAL);
CREATE INDEX IF NOT EXISTS passages_report ON passages (report);
CREATE TABLE IF NOT EXISTS pages (report TEXT, number INTEGER, text TEXT, ocr TEXT, PRIMARY KEY (report, number));
CREATE TABLE IF NOT EXISTS sources (
    sha256 TEXT PRIMARY KEY, report TEXT, path TEXT, kind TEXT, ingested_at TEXT);
CREATE INDEX IF NOT EXISTS sources_report ON sources (report);
"""

# Prose restating a table cell with another number (index/contradictions.py). Created when a
# catalog opens, without a schema version: an older index has none until its reports are
# ingested again.
CONTRADICTIONS_SCHEMA = """
CREATE TABLE IF NOT EXISTS contradictions (
    report TEXT, metric TEXT, label TEXT, table_value REAL, prose_value REAL, quote TEXT, page INTEGER);
CREATE INDEX IF NOT EXISTS contradictions_report ON contradictions (report);
"""

# Columns added since version 2 (OCR confidence and page layout, a cell printed in another
# unit): (table, column, type).
_ADDED_COLUMNS = (("facts", "confidence", "REAL"), ("pages", "ocr", "TEXT"), ("facts", "printed", "TEXT"))


def _where(**equal) -> tuple[str, tuple]:
    """" WHERE a=? AND b=?" and its arguments for the values given (None: not filtered)."""
    given = {k: v for k, v in equal.items() if v is not None}
    if not given:
        return "", ()
    return " WHERE " + " AND ".join(f"{k}=?" for k in given), tuple(given.values())


_PASSAGE_COLUMNS = "id, report, text, body, region, year, template, section, page, kind, metric, value"
_FACT_FIELDS = ("report", "body", "region", "year", "template", "section", "table_name", "row", "column_name",
                "metric", "label", "value", "value_is_int", "unit", "page", "source_text", "check_failed", "status",
                "note", "box", "origin", "confidence", "printed")
_FACT_COLUMNS = ", ".join(_FACT_FIELDS)
_FACT_KEY = ("metric", "year", "body")  # the order of the lookup indexes


# A B-tree entry holds at most about 2.7 kB: rows whose text is longer than this stay out of the
# whole-row index (a partial index of their own), and a fact query reads both. Every column but
# the numbers counts, so a column added later is counted too.
_NUMBER_FIELDS = ("year", "value", "value_is_int", "page", "confidence")
_COMPACT = "octet_length(" + " || ".join(
    f"coalesce({c}, '')" for c in _FACT_FIELDS if c not in _NUMBER_FIELDS) + ") < 2000"
# PostgreSQL only. Each report's facts are written at once, so the facts of one statistic lie
# one per heap page across the table, and a cold aggregate over 1,400 reports read 1,400 pages
# (120-180 ms at 10k reports). An index that holds whole rows in (metric, year, body) order
# serves it by an index-only scan from a few dozen pages. SQLite keeps its one index.
POSTGRES_INDEXES = f"""
CREATE INDEX IF NOT EXISTS facts_whole ON facts ({", ".join(_FACT_KEY)})
    INCLUDE (seq, {", ".join(c for c in _FACT_FIELDS if c not in _FACT_KEY)}) WHERE {_COMPACT};
CREATE INDEX IF NOT EXISTS facts_long ON facts ({", ".join(_FACT_KEY)}) WHERE NOT ({_COMPACT});
"""


class Catalog:
    """The catalog in SQLite (a path, the default) or PostgreSQL (a postgresql:// URL)."""

    def __init__(self, path: Path | str, read_only: bool = False):
        """`read_only`: a catalog file that cannot be written is opened for reading; nothing is
        created or upgraded (`missing()` says what an older catalog lacks)."""
        self.path = path
        self.read_only = read_only
        self.db = sql.connect(path, read_only)
        if read_only:
            return
        self.db.executescript(SCHEMA)
        self.db.executescript(CONTRADICTIONS_SCHEMA)
        if self.db.dialect == "postgresql":
            self.db.executescript(POSTGRES_INDEXES)
        self._migrate()
        # Version 2 indexes had no sources table: every report is its own only source.
        self.db.execute("INSERT OR IGNORE INTO sources SELECT sha256, report, path, kind, ingested_at FROM reports"
                        " WHERE sha256 NOT IN (SELECT sha256 FROM sources)")

    def _migrate(self) -> None:
        """Columns added since version 2 (OCR confidence and page layout); old rows keep NULL."""
        for table, column, kind in _ADDED_COLUMNS:
            if column not in self.db.columns(table):
                self.db.execute(sql.schema(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
                                if self.db.dialect != "sqlite" else f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    def missing(self) -> list[str]:
        """What an older catalog lacks that this version adds on opening it for writing."""
        out = [f"{t}.{c}" for t, c, _ in _ADDED_COLUMNS if c not in self.db.columns(t)]
        return out + ([] if self.db.columns("sources") else ["sources"])

    def close(self) -> None:
        self.db.close()

    # --- meta -------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> int:
        """Bumped at every change, so derived indexes (BM25) know when to rebuild."""
        return int(self.get_meta("generation") or 0)

    # --- writing ----------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator:
        self.db.begin_write()
        try:
            yield self.db
            self.db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(self.generation + 1),)
            )
            # Which process wrote last: a server reopens its vector store after another's writes.
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('writer', ?)", (str(os.getpid()),))
            self.db.execute("COMMIT")  # a full disk fails here: the transaction is still open
        except BaseException:
            with suppress(Exception):  # the error that stopped the write is the one to report
                self.db.execute("ROLLBACK")
            raise

    def replace_report(
        self,
        record: ReportRecord,
        sections: list[dict],
        facts: list[Fact],
        checks: list[CheckResult],
        passages: list[Passage],
        pages: list[Page],
        merged_from: Iterable[str] = (),
        contradictions: Iterable = (),
    ) -> None:
        """Write one report and everything extracted from it in a single transaction.
        `merged_from`: reports (other forms of this one) it replaces; their sources stay."""
        merged_from = list(merged_from)
        with self.transaction() as db:
            self._delete(db, record.report)
            for old in merged_from:
                self._delete(db, old)
            db.execute("DELETE FROM reports WHERE sha256=?", (record.sha256,))
            db.execute(
                "INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (record.report, record.path, record.sha256, record.kind, record.body, record.region,
                 record.year, record.template, record.title, record.pages, record.passages,
                 record.facts, record.checks_failed, record.ingested_at,
                 json.dumps(record.short_names, ensure_ascii=False),
                 json.dumps(sections, ensure_ascii=False), record.unreadable,
                 json.dumps(record.problems, ensure_ascii=False)),
            )
            db.executemany(f"INSERT INTO facts ({_FACT_COLUMNS}) VALUES ({','.join('?' * len(_FACT_FIELDS))})",
                           [_fact_row(f) for f in facts])
            db.executemany("INSERT INTO checks VALUES (?,?,?,?,?)", [
                (record.report, c.name, int(c.passed), c.detail, json.dumps(c.metrics, ensure_ascii=False))
                for c in checks])
            db.executemany(f"INSERT INTO passages ({_PASSAGE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
                (p.id, p.report, p.text, p.body, p.region, p.year, p.template, p.section, p.page,
                 p.kind, p.metric, p.value) for p in passages])
            db.executemany("INSERT INTO pages (report, number, text, ocr) VALUES (?,?,?,?)",
                           [(record.report, p.number, p.text, json.dumps(getattr(p, "ocr", None), ensure_ascii=False)
                             if getattr(p, "ocr", None) else None) for p in pages])
            db.execute("DELETE FROM sources WHERE sha256=? OR (report=? AND path=?)",
                       (record.sha256, record.report, record.path))  # an earlier version of this file
            db.execute("INSERT INTO sources VALUES (?,?,?,?,?)",
                       (record.sha256, record.report, record.path, record.kind, record.ingested_at))
            for old in merged_from:  # the forms this report was read from before, now its other sources
                db.execute("UPDATE sources SET report=? WHERE report=?", (record.report, old))
            self._write_contradictions(db, record.report, contradictions)

    def remove_report(self, report: str) -> bool:
        with self.transaction() as db:
            found = db.execute("SELECT 1 FROM reports WHERE report=?", (report,)).fetchone()
            self._delete(db, report)
            db.execute("DELETE FROM sources WHERE report=?", (report,))
        return bool(found)

    @staticmethod
    def _delete(db, report: str) -> None:
        for table in ("reports", "facts", "checks", "passages", "pages", "contradictions"):
            db.execute(f"DELETE FROM {table} WHERE report=?", (report,))

    # --- reading ----------------------------------------------------------------------------

    def reports(self, name: str | None = None, body: str | None = None, year: int | None = None) -> list[ReportRecord]:
        """All reports, or those of one name, or of one body and year (an ingest asks per file,
        so these are indexed lookups, not a scan of the whole corpus)."""
        where, args = _where(report=name, body=body, year=year)
        rows = self.db.execute(
            "SELECT report, path, sha256, kind, body, region, year, template, title, pages, passages,"
            f" facts, checks_failed, ingested_at, short_names, unreadable, problems FROM reports{where}"
            " ORDER BY body, year", args).fetchall()
        others: dict[str, list[str]] = {}
        sources = "SELECT report, path, sha256 FROM sources"
        if where:
            marks = ", ".join("?" for _ in rows)
            sources += f" WHERE report IN ({marks})" if rows else " WHERE 1=0"
        for report, path, sha in self.db.execute(sources, tuple(r[0] for r in rows) if where else ()):
            others.setdefault(report, []).append((sha, path))
        return [ReportRecord(*row[:14], short_names=json.loads(row[14] or "[]"), unreadable=row[15] or 0,
                             problems=json.loads(row[16] or "[]"),
                             sources=sorted(p for sha, p in others.get(row[0], []) if sha != row[2]))
                for row in rows]

    def report(self, name: str) -> ReportRecord | None:
        found = self.reports(name=name)
        return found[0] if found else None

    def report_by_hash(self, sha256: str) -> str | None:
        """The report a file is, or is another form of."""
        row = self.db.execute("SELECT report FROM sources WHERE sha256=?", (sha256,)).fetchone()
        return row[0] if row else None

    def source(self, sha256: str) -> tuple[str, str] | None:
        """(report, path) of the file with this content."""
        row = self.db.execute("SELECT report, path FROM sources WHERE sha256=?", (sha256,)).fetchone()
        return (row[0], row[1]) if row else None

    def report_at(self, *paths: str) -> str | None:
        """The report whose own file is at one of these paths (an edited file is still it)."""
        for path in paths:
            row = self.db.execute("SELECT report FROM reports WHERE path=?", (path,)).fetchone()
            if row:
                return row[0]
        return None

    def move_source(self, sha256: str, path: str) -> None:
        """The file with this content is now known at `path` (an absolute path for a relative one)."""
        with self.transaction() as db:
            db.execute("UPDATE sources SET path=? WHERE sha256=?", (path, sha256))
            db.execute("UPDATE reports SET path=? WHERE sha256=?", (path, sha256))

    def add_source(self, report: str, sha256: str, path: str, kind: str, ingested_at: str) -> None:
        """Another file holding the same report (its PDF beside its web page)."""
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?)", (sha256, report, path, kind, ingested_at))

    def facts(
        self,
        body: str | None = None,
        year: int | None = None,
        metric: str | None = None,
        report: str | None = None,
        years: Collection[int] | None = None,
        bodies: Collection[str] | None = None,
        prefix: bool = True,
    ) -> list[Fact]:
        """Facts filtered exactly. `body` matches a full name, a region or a short name of the
        report's title (沙坡头区卫健局); `metric` also matches a prefix ending at a dot (行政处罚),
        unless `prefix` is False; `years` and `bodies` (full names) keep those of any of the given
        years or bodies, which the index on (metric, year, body) serves."""
        where, args = [], []
        for column, values in (("year", years), ("body", bodies)):
            if values is not None:
                values = sorted(values)
                where.append(f"{column} IN ({', '.join('?' for _ in values)})" if values else "1=0")
                args += values
        if body:
            where.append("report IN (SELECT report FROM reports WHERE body=? OR region=? OR short_names LIKE ?)")
            args += [body, body, f'%"{body}"%']
        if year is not None:
            where.append("year=?")
            args.append(int(year))
        if metric and prefix:
            # One range, [key, key + "/"), rather than LIKE 'key.%' or an OR, so that an index
            # scan serves it; the range also holds "key" + a character below ".", dropped below.
            where.append("metric>=? AND metric<?")
            args += [metric, metric + "/"]
        elif metric:
            where.append("metric=?")
            args.append(metric)
        if report:
            where.append("report=?")
            args.append(report)
        query, times = self.fact_query(" AND ".join(where), by_metric=bool(metric))
        rows = self.db.execute(query, args * times).fetchall()
        facts = [_fact_from_row(r[-len(_FACT_FIELDS):]) for r in rows]
        if metric and prefix:
            facts = [f for f in facts if f.metric == metric or f.metric.startswith(metric + ".")]
        return facts

    def fact_query(self, where: str, by_metric: bool) -> tuple[str, int]:
        """The SELECT of fact rows in insertion order, and how many times it takes the arguments
        of `where`. On PostgreSQL a query by metric reads the whole-row index for compact rows and
        the heap for the rare long ones (each row then starts with its seq)."""
        where = f" WHERE {where}" if where else ""
        if self.db.dialect != "postgresql" or not by_metric:
            return f"SELECT {_FACT_COLUMNS} FROM facts{where} ORDER BY rowid", 1
        select = f"SELECT seq, {_FACT_COLUMNS} FROM facts{where}"
        return f"{select} AND {_COMPACT} UNION ALL {select} AND NOT ({_COMPACT}) ORDER BY 1", 2

    def optimize(self) -> None:
        """After a batch of writes: PostgreSQL marks the new rows visible to all (what lets the
        whole-row index answer without the heap) and refreshes the planner's statistics. VACUUM
        skips the pages already marked, so this costs what the batch wrote."""
        if self.db.dialect == "postgresql":
            self.db.execute("VACUUM (ANALYZE) facts")

    def bodies_years(self, metric: str) -> list[tuple[str, int]]:
        """(body, year) of the reports that have a fact of `metric` (without reading the facts)."""
        rows = self.db.execute("SELECT DISTINCT body, year FROM facts WHERE metric=? ORDER BY body, year", (metric,))
        return [(body, year) for body, year in rows]

    def checks(self, report: str | None = None) -> list[tuple[str, CheckResult]]:
        where, args = _where(report=report or None)
        rows = self.db.execute(f"SELECT report, name, passed, detail, metrics FROM checks{where}", args)
        return [(r[0], CheckResult(r[1], bool(r[2]), r[3], json.loads(r[4]))) for r in rows]

    def passages(self, report: str | None = None) -> list[Passage]:
        where, args = _where(report=report or None)
        return [Passage(*row) for row in self.db.execute(f"SELECT {_PASSAGE_COLUMNS} FROM passages{where} ORDER BY rowid",
                                                          args)]

    def passage_count(self, kinds: tuple[str, ...] | None = None) -> int:
        """Passages stored, or those of `kinds` only (the kinds that have vectors)."""
        if kinds is None:
            return self.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
        marks = ", ".join("?" for _ in kinds)
        return self.db.execute(f"SELECT COUNT(*) FROM passages WHERE kind IN ({marks})", kinds).fetchone()[0]

    def passage_ids(self, kinds: tuple[str, ...] | None = None) -> set[str]:
        if kinds is None:
            return {row[0] for row in self.db.execute("SELECT id FROM passages")}
        marks = ", ".join("?" for _ in kinds)
        return {row[0] for row in self.db.execute(f"SELECT id FROM passages WHERE kind IN ({marks})", kinds)}

    def page_ocr(self, report: str, number: int) -> dict | None:
        """The recognised lines of a scanned page (words, boxes, confidence), None for text pages."""
        row = self.db.execute("SELECT ocr FROM pages WHERE report=? AND number=?", (report, number)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def page_text(self, report: str, number: int) -> str | None:
        row = self.db.execute("SELECT text FROM pages WHERE report=? AND number=?", (report, number)).fetchone()
        return row[0] if row else None

    def pages(self, report: str) -> list[Page]:
        rows = self.db.execute("SELECT number, text FROM pages WHERE report=? ORDER BY number", (report,))
        return [Page(n, t) for n, t in rows]

    def sections(self, report: str) -> list[dict]:
        row = self.db.execute("SELECT sections FROM reports WHERE report=?", (report,)).fetchone()
        return json.loads(row[0]) if row and row[0] else []

    # --- read methods for the answering routes (assistant) ------------------------------------

    def fact_labels(self) -> list[tuple[str, str, str | None]]:
        """(metric, printed label, unit) of every statistic the facts hold, once each: a question
        may name a statistic by its label ("统计表中政府公报公开政府信息数")."""
        return [(metric, label, unit) for metric, label, unit in self.db.execute(
            "SELECT DISTINCT metric, label, unit FROM facts")]

    # --- contradictions: prose restating a table cell with another number ---------------------

    @staticmethod
    def _write_contradictions(db, report: str, found: Iterable) -> None:
        db.executemany("INSERT INTO contradictions VALUES (?,?,?,?,?,?,?)", [
            (report, c.metric, c.label, c.table_value, c.prose_value, c.quote, c.page) for c in found])

    def contradictions(self, report: str | None = None, metric: str | None = None) -> list:
        """The contradictions stored, of one report and of those touching one metric key when
        given. A catalog opened read-only from before they were stored has none."""
        from .contradictions import Contradiction

        where, args = _where(report=report or None)
        try:
            rows = self.db.execute("SELECT report, metric, label, table_value, prose_value, quote, page"
                                   f" FROM contradictions{where} ORDER BY report, page, metric", args).fetchall()
        except self.db.Error:
            return []
        found = [Contradiction(r[0], r[1], r[2], _number(r[3]), _number(r[4]), r[5], r[6]) for r in rows]
        return [c for c in found if metric is None or metric in c.metrics]


def _number(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _fact_row(f: Fact) -> tuple:
    return (f.report, f.body, f.region, f.year, f.template, f.section, f.table, f.row, f.column,
            f.metric, f.label, f.value, int(isinstance(f.value, int)), f.unit, f.page,
            f.source_text, f.check_failed, f.status, f.note, json.dumps(f.box) if f.box else None, f.origin,
            f.confidence, f.printed or None)


def _fact_from_row(r: Iterable) -> Fact:
    (report, body, region, year, template, section, table, row, column, metric, label, value,
     is_int, unit, page, source, check_failed, status, note, box, origin, confidence, printed) = r
    if value is not None and is_int:
        value = int(value)
    return Fact(report, body, year, template, section, table, row, column, metric, label, value,
                unit, page, source, region, check_failed, status or "ok", note or "",
                tuple(json.loads(box)) if box else None, origin or "", confidence, printed or "")
