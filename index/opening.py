"""Opening an index: where its stores are (stores.json), the errors that say why it cannot be
used as asked, and what a catalog that cannot be opened, or only read, is told as."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from . import config
from .catalog import Catalog
from .guard import disk_full, writable


class IndexOpenError(Exception):
    """The index directory cannot be used as asked; the message says why and what to do."""


class ReadOnlyIndexError(IndexOpenError):
    """A change asked of an index that this process cannot write."""


class DiskFullError(Exception):
    """The disk filled during a write: what was written before stays, the rest was not."""


@dataclass
class Stores:
    """Where an index keeps its catalog and vectors when they are on servers (stores.json)."""

    catalog: str  # postgresql://… or "" (SQLite in the index directory)
    chroma: str  # http://HOST:PORT or "" (embedded Chroma in the index directory)
    collection: str  # this index's collection on the Chroma server

    FILE = "stores.json"

    @classmethod
    def read(cls, directory: Path) -> Stores | None:
        path = directory / cls.FILE
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data.get("catalog", ""), data.get("chroma", ""), data.get("collection", config.CHROMA_COLLECTION))

    def write(self, directory: Path) -> None:
        (directory / self.FILE).write_text(json.dumps(self.__dict__, indent=1), encoding="utf-8")

    def describe(self) -> str:
        return ", ".join(p for p in (self.catalog and f"catalog {_redact(self.catalog)}",
                                     self.chroma and f"vectors {self.chroma}") if p)


def _redact(url: str) -> str:
    """A database URL without its password, for messages."""

    return re.sub(r"(//[^:/@]+):[^@]*@", r"\1:***@", url)


def checked_embedder_id(spec: str) -> str:
    from .embeddings import embedder_id

    try:
        return embedder_id(spec)
    except Exception as err:  # an unknown spec, a model that is not installed …
        raise IndexOpenError(f"embedder {spec!r} cannot be used ({err}): use 'use' (the default) or "
                             "'st:NAME_OR_PATH' of an installed sentence-transformers model; nothing was created") from err


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def open_error(err: Exception, directory: Path, where: Path | str) -> Exception:
    """What to say when the catalog cannot be opened: a full disk, a folder this user may not
    use, a database server not there, or a damaged file (only then: restore or rebuild)."""
    detail = f"{type(err).__name__}: {err}"
    if disk_full(err, directory):
        return DiskFullError(f"the disk is full: the index at {directory} cannot be opened ({detail}); free space "
                             "and run the command again")
    if isinstance(err, OSError) or "readonly" in str(err) or "unable to open" in str(err):
        return IndexOpenError(f"the index at {directory} cannot be opened ({detail}): check that this user may "
                              "read it (and write it, to change it)")
    if isinstance(where, str):
        return IndexOpenError(f"the catalog at {_redact(where)} is unreachable ({detail}): is the database "
                              "server running?")
    return IndexOpenError(f"the catalog at {where} is damaged ({detail}): restore it from a backup, or ingest "
                          "the reports again into a new --index directory")


def open_catalog(directory: Path, target: Path | str, create: bool) -> Catalog:
    """The catalog (a SQLite file, or a PostgreSQL URL); a file this process cannot write is
    opened read-only, and then `create` (an ingest) is refused."""
    remote = isinstance(target, str)
    read_only = not remote and target.exists() and not writable(directory, target, *sidecars(target))
    if read_only and create:
        raise ReadOnlyIndexError(f"the index at {directory} is read-only: it can be read and asked, "
                                 "not changed; ingest into an index directory that can be written")
    try:
        directory.mkdir(parents=True, exist_ok=True)  # stores.json of server stores lives there too
        catalog = Catalog(target, read_only=read_only)
        catalog.get_meta("schema_version")
        return catalog
    except Exception as err:  # sqlite3 / psycopg: a damaged file, a server that is not there
        raise open_error(err, directory, target) from err


def check_version(catalog: Catalog, directory: Path, version: str | None) -> None:
    """The catalog is one this ReportQA reads: a schema version that is missing from a catalog
    holding reports, not a number, or another version, is said in one line."""
    if catalog.read_only:
        check_readable(catalog, directory, version)
    restore = "restore it from a backup, or ingest the reports into a new --index directory"
    problem = ""
    if version is None and catalog.db.execute("SELECT 1 FROM reports LIMIT 1").fetchone():
        problem = f"holds reports but no schema version (changed by hand?): {restore}"
    elif version is not None and not version.strip().isdigit():
        problem = f"has schema version {version!r}, which is not a version number (changed by hand?): {restore}"
    elif version is not None and int(version) != config.SCHEMA_VERSION:
        problem = (f"has schema version {version}, this ReportQA reads version {config.SCHEMA_VERSION}: "
                   "re-ingest the reports into a new --index directory")
    if problem:
        catalog.close()
        raise IndexOpenError(f"the catalog of index {directory} {problem}")


def check_readable(catalog: Catalog, directory: Path, version: str | None) -> None:
    """A read-only catalog is read as it is: one that needs what opening for writing adds
    (an index, the tables of a newer version) says so."""
    missing = catalog.missing() if version is not None else []
    problem = ("holds no index yet" if version is None else
               f"was written by an older ReportQA (it lacks {', '.join(missing)})" if missing else "")
    if problem:
        catalog.close()
        raise ReadOnlyIndexError(f"the index at {directory} is read-only and {problem}: open it once where it "
                                 "can be written")


def open_parts(directory: Path, embedder: str | None, create: bool, catalog: str | None,
               chroma: str | None) -> tuple[Catalog, str, Stores | None]:
    """(catalog, embedder spec, server stores or None) of the index in `directory`, in the
    four ways it opens: an existing embedded index, a new embedded one (`create`), a new one
    on servers (`catalog` postgresql://…, `chroma` http://HOST:PORT, recorded in stores.json)
    and an existing one on servers (read from stores.json). Each refusal is one line."""
    if directory.exists() and not directory.is_dir():
        raise IndexOpenError(f"{directory} is a file, not an index directory: give --index a folder")
    stores = Stores.read(directory)
    if stores is not None and (catalog and catalog != stores.catalog or chroma and chroma != stores.chroma):
        raise IndexOpenError(f"index {directory} keeps its stores at {stores.describe()}: open it without "
                             "--catalog / --chroma-url, or use another --index directory")
    if stores is None and (catalog or chroma):
        if not create and (directory / "catalog.sqlite").exists():
            raise IndexOpenError(f"index {directory} is embedded: build a new index for server stores")
        stores = Stores(catalog or "", chroma or "", f"reportqa-{uuid.uuid4().hex[:12]}")
    path = directory / "catalog.sqlite"
    remote = stores is not None and bool(stores.catalog)
    if not remote and not path.exists() and not create and stores is None:
        raise IndexOpenError(f"no index at {directory}: run `reportqa ingest PATH --index {directory}` first")
    if not remote and path.exists() and path.stat().st_size == 0:
        raise IndexOpenError(f"{path} is empty (a damaged index): remove {directory} and ingest the reports again")
    new_spec = new_id = None
    if create and (remote or not path.exists()):  # check the embedder before anything is created
        new_spec = embedder or config.DEFAULT_EMBEDDER
        new_id = checked_embedder_id(new_spec)
    opened = open_catalog(directory, stores.catalog if remote else path, create)
    stored_version, stored_embedder = opened.get_meta("schema_version"), opened.get_meta("embedder")
    if stores is not None and not opened.read_only:
        stores.write(directory)
    check_version(opened, directory, stored_version)
    if stored_version is None:
        spec = new_spec or embedder or config.DEFAULT_EMBEDDER
        opened.set_meta("schema_version", str(config.SCHEMA_VERSION))
        opened.set_meta("embedder", spec)
        opened.set_meta("embedder_id", new_id if new_spec else checked_embedder_id(spec))
        return opened, spec, stores
    if embedder and checked_embedder_id(embedder) != opened.get_meta("embedder_id"):
        opened.close()
        raise IndexOpenError(
            f"index {directory} was built with embedder {stored_embedder!r}, not {embedder!r}: "
            f"use --embedder {stored_embedder} or ingest into a new --index directory"
        )
    return opened, stored_embedder, stores
