"""Connection limits for `serve`: what uvicorn alone does not bound.

uvicorn has a keep-alive timeout but no header timeout, and its `limit_concurrency` only answers
503 once a request is complete, counting half-open connections too: 20,000 connections that
never finish their headers (slowloris) hold 20,000 file descriptors and legitimate requests fail.
Like nginx (client_header_timeout) and Apache (mod_reqtimeout), a connection gets
`header_timeout` seconds to send a complete request head, from its start (trickling bytes does
not extend it), and at most `max_connections` are open: past the cap, the connection that has
waited longest for its headers is closed to make room, so a new client is always served.
"""

from __future__ import annotations

import asyncio
import importlib.util
import resource
from collections import OrderedDict
from dataclasses import dataclass

#: Seconds a client has to send a complete request head.
HEADER_TIMEOUT = 10.0
#: Seconds an idle kept-alive connection stays open.
KEEP_ALIVE = 5.0
#: Connections open at once, at most (lowered to fit the process's file-descriptor limit).
MAX_CONNECTIONS = 2000
#: File descriptors kept for the index, models, logs and worker processes.
RESERVED_FDS = 128


@dataclass(frozen=True)
class ConnectionLimits:
    header_timeout: float = HEADER_TIMEOUT
    keep_alive: float = KEEP_ALIVE
    max_connections: int = MAX_CONNECTIONS
    parser: str = "auto"  # "auto" (httptools when installed, as uvicorn picks) or "h11"

    @classmethod
    def for_this_process(cls) -> ConnectionLimits:
        """The defaults, with the cap below this process's open-file limit."""
        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
        cap = MAX_CONNECTIONS if soft == resource.RLIM_INFINITY else min(MAX_CONNECTIONS, (soft - RESERVED_FDS) // 2)
        return cls(max_connections=max(16, cap))


def guarded_protocol(limits: ConnectionLimits) -> type:
    """uvicorn's HTTP protocol class (httptools when installed, as uvicorn's "auto" picks, else
    h11) enforcing `limits`; one set of waiting connections per server."""
    waiting: OrderedDict[object, asyncio.TimerHandle] = OrderedDict()  # oldest first

    class Guard:
        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            if len(self.connections) > limits.max_connections:
                if waiting:  # make room: drop the connection that has waited longest for its head
                    next(iter(waiting))._drop()
                else:  # every connection is busy with a request: this one cannot be served
                    transport.close()
                    return
            self._await_head()

        def connection_lost(self, exc) -> None:
            self._head_done()
            super().connection_lost(exc)

        def _await_head(self) -> None:
            if self not in waiting:  # the clock runs from the request's start, not its last byte
                waiting[self] = self.loop.call_later(limits.header_timeout, self._drop)

        def _head_done(self) -> None:
            timer = waiting.pop(self, None)
            if timer is not None:
                timer.cancel()

        def _drop(self) -> None:
            self._head_done()
            if not self.transport.is_closing():
                self.transport.close()

    if limits.parser == "auto" and importlib.util.find_spec("httptools") is not None:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

        class GuardedHttpTools(Guard, HttpToolsProtocol):
            def on_message_begin(self) -> None:  # the next request on a kept-alive connection
                self._await_head()
                super().on_message_begin()

            def on_headers_complete(self) -> None:
                self._head_done()
                super().on_headers_complete()

        return GuardedHttpTools

    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class GuardedH11(Guard, H11Protocol):
        def data_received(self, data: bytes) -> None:
            if self.conn.their_state is h11.IDLE:
                self._await_head()  # the next request on a kept-alive connection
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE:
                self._head_done()

    return GuardedH11
