"""Calling the page's own events over HTTP, as its browser code does (Gradio's queue protocol).

The page's handlers (upload, show a cited page, the facts download) are not API endpoints, so
gradio_client cannot call them; a browser, or anyone, can. Tests and the load benchmark use this
to do what a visitor's page does: upload a file, then run the event that ingests it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx


@dataclass
class PageSession:
    """One browser session of the page at `url` (its session hash keeps its gr.State)."""

    url: str
    session_hash: str = field(default_factory=lambda: uuid.uuid4().hex[:11])
    headers: dict = field(default_factory=dict)
    timeout: float = 120.0
    config: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.url = self.url.rstrip("/") + "/"
        response = httpx.get(self.url + "config", headers=self.headers, timeout=self.timeout)
        response.raise_for_status()
        self.config = response.json()

    def event(self, api_name: str) -> tuple[int, int | None]:
        """(fn_index, trigger component id) of the page event whose function has this name."""
        for dep in self.config["dependencies"]:
            if dep.get("api_name") == api_name:
                targets = [t[0] for t in dep.get("targets", []) if t[0] is not None]
                return dep["id"], targets[0] if targets else None
        raise KeyError(api_name)

    def call(self, api_name: str, *data) -> dict:
        """Run the event; its `process_completed` message (output.data, or output.error)."""
        fn_index, trigger = self.event(api_name)
        join = httpx.post(self.url + "gradio_api/queue/join", headers=self.headers, timeout=self.timeout,
                          json={"data": list(data), "event_data": None, "fn_index": fn_index,
                                "trigger_id": trigger, "session_hash": self.session_hash})
        join.raise_for_status()
        event_id = join.json()["event_id"]
        with httpx.stream("GET", self.url + "gradio_api/queue/data", params={"session_hash": self.session_hash},
                          headers=self.headers, timeout=self.timeout) as stream:
            for line in stream.iter_lines():
                if line.startswith("data:"):
                    message = json.loads(line[5:])
                    if message.get("msg") == "process_completed" and message.get("event_id") == event_id:
                        return message
        raise RuntimeError(f"{api_name}: the stream ended before the event completed")

    def upload(self, *paths: Path) -> list[dict]:
        """POST the files to Gradio's upload route; their FileData for an event's input."""
        files = [("files", (Path(p).name, Path(p).read_bytes())) for p in paths]
        response = httpx.post(self.url + "gradio_api/upload", files=files, headers=self.headers, timeout=self.timeout)
        response.raise_for_status()
        return [file_data(path) for path in response.json()]


def file_data(path: str | Path) -> dict:
    return {"path": str(path), "meta": {"_type": "gradio.FileData"}}
