"""Local servers for the server-store tests and benchmarks, on loopback, in temporary folders:
the Chroma server the chromadb package ships (`chroma run`) and Debian's PostgreSQL (initdb and
pg_ctl in a data directory made here and removed after).

    with chroma_server() as url, postgres_server() as server:
        catalog = database(server, "bench")       # postgresql://postgres@127.0.0.1:PORT/bench
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

CHROMA = Path(sys.executable).with_name("chroma")


class ServerUnavailable(RuntimeError):
    """A server program is not installed here; the message says which."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 180) -> None:  # a page process loads its models first
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status < 500:
                    return
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not come up")


@contextlib.contextmanager
def chroma_server(folder: Path | None = None, port: int | None = None) -> Iterator[str]:
    """A Chroma server on loopback; a given folder is kept (and a given port lets an index that
    recorded the URL reopen against it later)."""
    if not CHROMA.exists():
        raise ServerUnavailable("the chroma command of the chromadb package is not installed")
    own = folder is None
    folder = Path(tempfile.mkdtemp(prefix="reportqa-chroma-")) if own else folder
    port = port or free_port()
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(folder), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/api/v2/heartbeat")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(30)
        if own:
            shutil.rmtree(folder, ignore_errors=True)


def pg_tool(name: str) -> str | None:
    """A PostgreSQL server tool: on PATH, or where Debian's postgresql package puts it."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


def _as_postgres(name: str, *args: str) -> list[str]:
    """A command of PostgreSQL's own tools, which refuse to run as root."""
    command = [pg_tool(name) or name, *args]
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextlib.contextmanager
def postgres_server(folder: Path | None = None, port: int | None = None) -> Iterator[str]:
    """A PostgreSQL server on loopback; yields postgresql://postgres@127.0.0.1:PORT. Its data
    directory is made fresh and removed after, unless a folder is given: then it is kept and
    reused (initdb only the first time)."""
    if pg_tool("initdb") is None or pg_tool("pg_ctl") is None:
        raise ServerUnavailable("PostgreSQL is not installed (make system-deps installs Debian's postgresql)")
    own = folder is None
    # not under a private temporary folder: postgres runs as the postgres user
    folder = Path(tempfile.mkdtemp(prefix="reportqa-pg-")) if own else folder
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = port or free_port()
    if not data.exists():
        subprocess.run(_as_postgres("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                                    "--locale=C"), check=True, capture_output=True)
    subprocess.run(_as_postgres("pg_ctl", "-D", str(data), "-w", "-l", str(folder / "log"), "-o",
                                f"-p {port} -k {folder} -c listen_addresses=127.0.0.1", "start"),
                   check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres("pg_ctl", "-D", str(data), "-m", "fast", "stop"), capture_output=True)
        if own:
            shutil.rmtree(folder, ignore_errors=True)


def database(server: str, name: str) -> str:
    """A new empty database on the server; its URL."""
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def database_mb(url: str) -> float:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 2**20
