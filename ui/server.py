"""Serving the page: uvicorn with the Gradio app behind the checks a page open to strangers needs.

- Host and Origin: a request for another host name (DNS rebinding) or from another page's origin
  is refused; a state-changing request from an opaque origin (`Origin: null`, a sandboxed
  iframe) too.
- Writes: without uploads no route that stores a file answers (403 before the body is read).
- Bodies: a request other than an upload is refused past MAX_REQUEST_BYTES (413).
- Logins: failures are counted per client address and per user name; past the limit further
  attempts are refused at once (429) until a lockout window ends. Nothing waits on the event
  loop, so a password guesser stalls nobody.
- Connections (ui.connections): a header timeout and a connection cap, so half-open requests
  (slowloris) cannot exhaust the server's file descriptors.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.api import Assistant
from index import config

from .connections import ConnectionLimits, guarded_protocol


class ServeError(Exception):
    """The page cannot be served as asked; the message says why."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, port: int) -> set[str]:
    """Host headers the server answers: the address it serves and, on loopback, its names. A
    page elsewhere that rebinds its own name to this address (DNS rebinding) is refused."""
    names = {host, "localhost", "127.0.0.1", "[::1]", "::1"} if is_loopback(host) or host in ("0.0.0.0", "::") \
        else {host}
    if host in ("0.0.0.0", "::"):
        import socket

        names |= {socket.gethostname(), socket.getfqdn()}
    return {n.lower() for n in names} | {f"{n.lower()}:{port}" for n in names}


#: Routes that store what a client sends on the server's disk (Gradio's file upload and
#: recording routes): refused outright when uploads are off.
WRITER_ROUTE = re.compile(r"/(upload|process_recording)/?$")
#: Largest request body other than a file upload (the page's API calls are small JSON).
MAX_REQUEST_BYTES = 1024 * 1024
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

#: Failed logins allowed per client address and per user name before a lockout, the first
#: lockout's length (s), doubling at each further lockout up to the cap.
LOGIN_FAILURES_PER_ADDRESS, LOGIN_FAILURES_PER_USER = 5, 10
LOGIN_LOCKOUT, LOGIN_LOCKOUT_MAX = 30.0, 900.0
#: Entries kept by the throttle before expired ones are dropped (many names or addresses).
THROTTLE_ENTRIES = 10_000


@dataclass
class LoginThrottle:
    """Failed logins per key ("ip:…", "user:…"): past `limit` failures the key is locked out
    for `lockout` seconds, doubling per further lockout; a success clears it."""

    lockout: float = LOGIN_LOCKOUT
    lockout_max: float = LOGIN_LOCKOUT_MAX
    _state: dict[str, list[float]] = field(default_factory=dict)  # key -> [failures, locked until]
    _guard: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, key: str) -> float:
        """Seconds until `key` may try again (0: now)."""
        with self._guard:
            entry = self._state.get(key)
        return max(0.0, entry[1] - time.monotonic()) if entry else 0.0

    def failed(self, key: str, limit: int) -> None:
        now = time.monotonic()
        with self._guard:
            if len(self._state) >= THROTTLE_ENTRIES:
                self._state = {k: v for k, v in self._state.items() if v[1] > now}
            entry = self._state.setdefault(key, [0, 0.0])
            entry[0] += 1
            if entry[0] % limit == 0:
                entry[1] = now + min(self.lockout * 2 ** (entry[0] // limit - 1), self.lockout_max)

    def succeeded(self, key: str) -> None:
        with self._guard:
            self._state.pop(key, None)


def locked_out(seconds: float):
    from fastapi import HTTPException

    wait = max(1, round(seconds))
    return HTTPException(status_code=429, detail=f"too many failed logins: try again in {wait} s",
                         headers={"Retry-After": str(wait)})


def throttled(user: str, password: str, throttle: LoginThrottle | None = None):
    """A Gradio auth function: compares in constant time; a user name past its failures is
    refused at once (429) until its lockout ends, whatever the password."""
    throttle = throttle or LoginThrottle()

    def check(name: str, secret: str) -> bool:
        key = f"user:{name}"
        if (wait := throttle.wait(key)) > 0:
            raise locked_out(wait)
        ok = hmac.compare_digest(name.encode(), user.encode()) & hmac.compare_digest(secret.encode(), password.encode())
        if ok:
            throttle.succeeded(key)
        else:
            throttle.failed(key, LOGIN_FAILURES_PER_USER)
        return bool(ok)

    return check


def host_guard(app, hosts: set[str], extra: set[str] = frozenset(), uploads: bool = True,
               throttle: LoginThrottle | None = None):
    """Refuse requests whose Host (or Origin, when sent) is not one of ours, state-changing
    requests from an opaque origin, writes when uploads are off, and logins from a locked-out
    address."""
    from urllib.parse import urlsplit

    from starlette.responses import PlainTextResponse

    allowed = hosts | {h.lower() for h in extra}

    @app.middleware("http")
    async def check(request, call_next):
        host = (request.headers.get("host") or "").lower()
        origin = request.headers.get("origin")
        unsafe = request.method not in SAFE_METHODS
        if host not in allowed or origin and (origin == "null" and unsafe
                                              or origin != "null" and urlsplit(origin).netloc.lower() not in allowed):
            return PlainTextResponse("forbidden host or origin", status_code=403)
        if unsafe and not uploads and WRITER_ROUTE.search(request.url.path):
            return PlainTextResponse("uploads are off on this server", status_code=403)
        if throttle is not None and unsafe and request.url.path.rstrip("/").endswith("/login"):
            return await login(request, call_next, throttle)
        return await call_next(request)

    return app


async def login(request, call_next, throttle: LoginThrottle):
    """A login attempt counted per client address; refused at once while it is locked out."""
    from starlette.responses import JSONResponse

    key = f"ip:{request.client.host if request.client else ''}"
    if (wait := throttle.wait(key)) > 0:
        error = locked_out(wait)
        return JSONResponse({"detail": error.detail}, status_code=429, headers=error.headers)
    response = await call_next(request)
    if response.status_code == 200:
        throttle.succeeded(key)
    elif response.status_code in (400, 401):
        throttle.failed(key, LOGIN_FAILURES_PER_ADDRESS)
    return response


class BodyLimit:
    """ASGI middleware: a request body past `limit` bytes (declared or streamed) gets 413,
    except on the upload routes, whose files Gradio caps one by one."""

    def __init__(self, app, limit: int = MAX_REQUEST_BYTES):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or WRITER_ROUTE.search(scope.get("path", "")):
            return await self.app(scope, receive, send)
        from starlette.responses import PlainTextResponse

        too_large = PlainTextResponse(f"request body over {self.limit} bytes", status_code=413)
        declared = dict(scope.get("headers") or []).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.limit:
            return await too_large(scope, receive, send)
        seen, started, refused = 0, False, False

        async def counted():
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit and not started:  # a streamed body: answer now, the app sees a disconnect
                refused = True
                await too_large(scope, receive, send)
                return {"type": "http.disconnect"}
            return message

        async def sending(message):
            nonlocal started
            if not refused:  # once refused, what the app still answers is dropped
                started = True
                await send(message)

        try:
            await self.app(scope, counted, sending)
        except Exception:
            if not refused:
                raise


def port_free(host: str, port: int) -> bool:
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def make_server(assistant: Assistant, host: str, port: int, auth: tuple[str, str] | None = None,
                allow_uploads: bool = False, extra_hosts: set[str] = frozenset(), ocr: str | None = None,
                limits: ConnectionLimits | None = None):
    """A uvicorn server for the page: the Gradio app mounted behind the checks above, with
    throttled logins and bounded connections. Uploads are on with auth or with `allow_uploads`."""
    import gradio as gr
    import uvicorn
    from fastapi import FastAPI

    from .app import build_app

    if not port_free(host, port):
        raise ServeError(f"port {port} on {host} is in use: stop the other server or pick another with --port")
    uploads = allow_uploads or auth is not None
    blocks = build_app(assistant, uploads=uploads, ocr=ocr)
    throttle = LoginThrottle(LOGIN_LOCKOUT, LOGIN_LOCKOUT_MAX) if auth else None
    api = host_guard(FastAPI(), allowed_hosts(host, port), extra_hosts, uploads=uploads, throttle=throttle)
    app = gr.mount_gradio_app(api, blocks, path="/", auth=throttled(*auth, throttle) if auth else None,
                              max_file_size=config.MAX_FILE_BYTES, footer_links=["api"],
                              server_name=host, server_port=port)
    limits = limits or ConnectionLimits.for_this_process()
    server = uvicorn.Server(uvicorn.Config(BodyLimit(app), host=host, port=port, log_level="warning",
                                           lifespan="on", timeout_graceful_shutdown=5,
                                           http=guarded_protocol(limits),
                                           timeout_keep_alive=int(limits.keep_alive)))
    return server, blocks


@contextlib.contextmanager
def running(server, timeout: float = 60):
    """Run a uvicorn server in a thread for the duration of the block (tests, benchmarks)."""
    thread = threading.Thread(target=server.run, name="reportqa-server", daemon=True)
    thread.start()
    until = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > until:
            raise ServeError("the server did not start")
        time.sleep(0.05)
    try:
        yield server
    finally:
        server.should_exit = True
        thread.join(timeout)


def open_assistant(index_dir: str | Path) -> Assistant:
    """The index at index_dir, or a new empty one (reports are then uploaded in the page)."""
    index_dir = Path(index_dir)
    if (index_dir / "catalog.sqlite").exists():
        return Assistant.open(index_dir)
    print(f"no index at {index_dir}: starting with an empty one (upload reports in the Reports tab)")
    return Assistant.build([], index_dir)


def serve(index_dir: str | Path = config.DEFAULT_INDEX_DIR, host: str = "127.0.0.1", port: int = 7860,
          auth: tuple[str, str] | None = None, allow_uploads: bool = False, ocr: str | None = None) -> None:
    """Load the index and models once, then serve the page until interrupted."""
    if not is_loopback(host) and auth is None:
        print(f"warning: serving on {host} without --auth: anyone who can reach this address can read the reports"
              + (" and upload or remove them" if allow_uploads else ""))
    if not port_free(host, port):
        raise ServeError(f"port {port} on {host} is in use: stop the other server or pick another with --port")
    assistant = open_assistant(index_dir)
    print(f"loading models and the index from {index_dir} ...")
    assistant.warm_up()
    for notice in assistant.notices:
        print(f"note: {notice}")
    server, _ = make_server(assistant, host, port, auth, allow_uploads, ocr=ocr)
    shown = f"http://{host}:{port}/" if host not in ("0.0.0.0", "::") else f"http://{host}:{port}/ (all interfaces)"
    uploads = "uploads on" if allow_uploads or auth else "read-only (no uploads: --allow-uploads or --auth)"
    print(f"ReportQA is serving {len(assistant.reports())} reports at {shown}, {uploads}  (Ctrl-C to stop)")
    try:
        server.run()
    finally:
        assistant.close()
