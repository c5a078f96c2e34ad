"""What keeps an index whole and its messages clear when the machine does not cooperate: one
writer at a time between a vector write and the catalog commit, a full disk told in one line,
a read-only index read where it lies, and names printed as text, never as terminal commands."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: no lock between processes (one writer is then the user's care)
    fcntl = None


class WriteLock:
    """An exclusive lock on DIR/write.lock (flock), held by a writer from its first vector write
    to its last vector delete: the window in which Chroma holds vectors that the catalog does
    not reference yet, or no longer. Whoever drops such vectors as orphans takes it first, so
    a concurrent writer's fresh vectors are never taken for a killed one's. Re-entrant in a
    thread; the kernel releases it when its process dies, so a killed writer never leaves it."""

    def __init__(self, directory: Path):
        self.path = directory / "write.lock"
        self._thread = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @contextlib.contextmanager
    def hold(self, wait: bool = True) -> Iterator[bool]:
        """Yields True when held; with `wait` False, yields False at once if another has it."""
        if not self._thread.acquire(blocking=wait):
            yield False
            return
        try:
            if self._depth == 0 and not self._take(wait):
                yield False
                return
            self._depth += 1
            try:
                yield True
            finally:
                self._depth -= 1
                if self._depth == 0 and self._fd is not None:
                    os.close(self._fd)  # closing the file releases the lock
                    self._fd = None
        finally:
            self._thread.release()

    def _take(self, wait: bool) -> bool:
        if fcntl is None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            if wait:
                raise
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True


_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_FULL_TEXT = re.compile(r"database or disk is full|no space left on device|disk quota exceeded|file too large"
                        r"|could not extend file", re.I)
_SQLITE_FULL = 13


#: Below this much free space, a write that failed is taken to have failed for want of it.
LOW_SPACE = 32 << 20


def disk_full(err: BaseException | None, where: Path | None = None) -> bool:
    """Did this error (or one it was raised from) come from a full disk or quota? SQLite,
    PostgreSQL and plain writes say so; Chroma's Rust core may not ("Error in compaction"), so
    an error while the filesystem of `where` has almost no free space counts too."""
    if where is not None and _low_space(where):
        return True
    seen: set[int] = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        if isinstance(err, OSError) and err.errno in _FULL_ERRNOS:
            return True
        if isinstance(err, sqlite3.Error) and getattr(err, "sqlite_errorcode", None) == _SQLITE_FULL:
            return True
        if _FULL_TEXT.search(str(err)):
            return True
        err = err.__cause__ or err.__context__
    return False


def writable(directory: Path, *files: Path) -> bool:
    """Can this process write the folder and the files of it that exist? (A read-only mount
    says no even to root; permission bits say no to others.)"""
    return os.access(directory, os.W_OK) and all(os.access(f, os.W_OK) for f in files if f.exists())


def readable_copy(folder: Path) -> Path:
    """A private copy of a read-only Chroma folder, to read it where it lies: Chroma's client
    writes to its database on opening. The caller removes the copy's parent at close."""
    parent = Path(tempfile.mkdtemp(prefix="reportqa-readonly-"))
    copy = parent / folder.name
    try:
        if folder.exists():
            shutil.copytree(folder, copy)
    except BaseException:
        shutil.rmtree(parent, ignore_errors=True)
        raise
    return copy


# Control characters (C0, DEL, C1), and the invisible ones that reorder or hide text in a
# terminal (bidirectional overrides and isolates, zero-width marks, line/paragraph separators).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: object, newlines: bool = False) -> str:
    """`text` for a terminal: every control or invisible character written as its escape
    (\\n, \\x1b, \\u202e), so a file name or a question cannot break a table row, colour the
    screen or move the cursor. `newlines` keeps line breaks (an answer's own lines)."""
    def escape(match: re.Match) -> str:
        char = match.group()
        if char == "\n" and newlines:
            return char
        code = ord(char)
        return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")

    return _UNPRINTABLE.sub(escape, "" if text is None else str(text))


def _low_space(where: Path) -> bool:
    try:
        return shutil.disk_usage(where).free < LOW_SPACE
    except OSError:
        return False
