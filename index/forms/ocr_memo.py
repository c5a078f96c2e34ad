"""A memo of recognised lines: the cells of a scanned page printed in one font are the same image
but for the scanner's noise, and a line the same as one recognised with confidence on the page
takes its reading instead of being recognised again (see MEMO). Used by index.forms.ocr.
"""

from __future__ import annotations

import os
import pickle
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

#: A memo of the lines of a page: a crop whose ink is the same glyph as a crop of the same page
#: recognised at MEMO_CONFIDENCE or more takes its reading instead of being recognised (scanned
#: cells printed in one font are the same image but for noise: 47% of the lines are lone "0"s).
#: The same glyph: inked pixels (grey under 128) trimmed to the same box, each inked pixel of one
#: within a pixel of an inked pixel of the other (Hausdorff distance 1 px), crops within
#: MEMO_SLACK px in height and width (the model scales the crop, not the ink). Measured on the
#: 1763 lines of the 23 pages of the samples as scans (noise sigma 12, turned 0.4 degrees), every
#: line also recognised, readings compared: 0 stray pixels, slack 1, confidence 0.9: 637 lines
#: (36%) memo hits, 0 read otherwise by recognition; slack 2: 709; any size: 761; 1 stray pixel
#: allowed: 653 (still 0 otherwise). The closest pair that reads differently: a "0" and a "9" of
#: the same 14x8 ink box, 4 stray pixels apart (none allowed); a "0" and an "8" differ by the
#: 8's crossbar in the 0's hole. The memo costs 0.1 CPU s for all 1763 lines. A hit's confidence
#: is the recognised crop's. Kept by the process across pages and files (the engine is one per
#: process: an ingest worker's memo spans the pages it is given, of any file): a memo per page spares
#: 637 lines, per file 664, across the five files 925, all read alike too (MEMO_LINES bounds it).
#: CPU: a table page (264 lines, 141 hits) 5.07 s of recognition memo off, 2.76 on (two runs each,
#: load 11); the 23 pages read in one process 68.8 CPU s off (load 1.3), 60.4 on (load 5-6).
MEMO = True
MEMO_CONFIDENCE = 0.9
MEMO_SLACK = 1
#: Glyphs the memo keeps at most (a few hundred bytes each); past it, it starts again empty. The 23
#: pages of the samples as scans leave 1000-odd.
MEMO_LINES = 20_000
#: Where the ingest workers of one batch share their memos (see Shared): a folder made by the
#: process that starts them, or None (a process keeps its memo to itself).
SHARED: Path | None = None
_last = threading.local()


def _tells(glyph: _Glyph | None) -> bool:
    """Whether a line's ink reads otherwise turned 180 degrees (see Memo.telling)."""
    return glyph is not None and not glyph.same(glyph.turned())


class Memo:
    """RapidOCR's line recogniser, called as it is (crops -> ([(text, confidence)], seconds)),
    recognising only the crops that are not the same glyph as one it has recognised with
    confidence already, on this page or an earlier one (see MEMO). `hits`, `calls`: lines taken
    from the memo, lines recognised."""

    def __init__(self, recogniser, batch: int = 1):
        self.recogniser, self.batch, self.hits, self.calls = recogniser, batch, 0, 0
        self.seen: dict[tuple[int, int], list[tuple[_Glyph, tuple[str, float]]]] = {}
        self.kept = 0
        self.shared: Shared | None = None

    def forget(self) -> None:
        """Start again with an empty memo."""
        self.seen, self.kept = {}, 0

    def __getattr__(self, name: str):
        return getattr(self.recogniser, name)

    def telling(self) -> list[tuple[str, float]]:
        """The readings of the last call (this thread's) that say which way up its page is: lines
        recognised, not taken from the memo (a hit's confidence is its twin's, and whether a line
        hits depends on the pages read before), whose ink is not the same turned 180 degrees (a
        "0", a "——" reads alike either way up). Without the memo, the same lines but for hits."""
        return list(getattr(_last, "telling", []))

    def __call__(self, crops, return_word_box: bool = False):
        if not isinstance(crops, list | tuple):
            crops = [crops]
        _last.telling = telling = []
        if not MEMO or return_word_box or self.batch != 1:
            self.calls += len(crops)
            read = self.recogniser(crops, return_word_box)
            telling.extend(r[:2] for r, crop in zip(read[0], crops, strict=False) if _tells(_Glyph.of(crop)))
            return read
        self._take_shared()
        out, seconds = [], 0.0
        for crop in crops:
            glyph = _Glyph.of(crop)
            same = glyph and next((read for other, read in self.seen.get(glyph.key, []) if glyph.same(other)), None)
            if same is not None:
                self.hits += 1
                out.append(same)
                continue
            read, took = self.recogniser([crop])
            self.calls += 1
            out.append(read[0])
            seconds += took
            if _tells(glyph):
                telling.append(read[0])
            if glyph and read[0][1] >= MEMO_CONFIDENCE:
                self._keep(glyph, read[0])
                if self.shared is not None:
                    self.shared.put(glyph, read[0])
        return out, seconds

    def _keep(self, glyph: _Glyph, read: tuple[str, float]) -> None:
        if self.kept >= MEMO_LINES:
            self.forget()
        self.seen.setdefault(glyph.key, []).append((glyph, read))
        self.kept += 1

    def _take_shared(self) -> None:
        """The lines the other workers of this batch have recognised since the last call."""
        if SHARED is None:
            self.shared = None
            return
        if self.shared is None or self.shared.folder != SHARED:
            self.shared = Shared(SHARED)
        for glyph, read in self.shared.take():
            self._keep(glyph, read)


class Shared:
    """The memos of the worker processes of one ingest, shared through files in one folder: each
    process appends the lines it recognised with confidence to a file of its own and, before it
    recognises a page's lines, takes what the others have appended since it last looked. Pages
    of one scan are read by several workers at once (index/workers.py): a memo of one process sees
    only its share of them. Measured on the samples as scans with 2 workers: 999 lines recognised
    (541 + 458) with a memo each, against 843 in one process."""

    def __init__(self, folder: Path, name: str | None = None):
        self.folder = Path(folder)
        self.mine = self.folder / f"{name or os.getpid()}.memo"
        self.offsets: dict[Path, int] = {}

    def put(self, glyph: _Glyph, read: tuple[str, float]) -> None:
        record = pickle.dumps((glyph.size, glyph.ink, (str(read[0]), float(read[1]))), protocol=5)
        try:  # one write of the whole record: a reader never sees half of it counted as whole
            with open(self.mine, "ab") as f:
                f.write(struct.pack("<I", len(record)) + record)
        except OSError:  # the folder is gone (the batch ended): nothing to share
            pass

    def take(self) -> list[tuple[_Glyph, tuple[str, float]]]:
        out = []
        try:
            others = [p for p in self.folder.glob("*.memo") if p != self.mine]
        except OSError:
            return out
        for path in others:
            start = self.offsets.get(path, 0)
            try:
                with open(path, "rb") as f:
                    f.seek(start)
                    data = f.read()
            except OSError:
                continue
            at = 0
            while at + 4 <= len(data):
                (size,) = struct.unpack_from("<I", data, at)
                if at + 4 + size > len(data):
                    break  # being written: taken next time
                shape, ink, read = pickle.loads(data[at + 4:at + 4 + size])  # noqa: S301 - our own workers' files
                out.append((_Glyph.inked(shape, ink), read))
                at += 4 + size
            self.offsets[path] = start + at
        return out


@dataclass
class _Glyph:
    """The ink of a line crop: its pixels darker than mid-grey, trimmed to their box, and the
    same grown by a pixel (to compare two crops whose edges differ by noise)."""

    size: tuple[int, int]
    ink: object
    near: object

    @property
    def key(self) -> tuple[int, int]:
        return self.ink.shape

    @classmethod
    def of(cls, crop) -> _Glyph | None:
        import cv2
        import numpy as np

        grey = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY) if crop.ndim == 3 else crop
        ink = (grey < 128).astype(np.uint8)
        rows, cols = np.nonzero(ink.any(axis=1))[0], np.nonzero(ink.any(axis=0))[0]
        if not len(rows):
            return None
        return cls.inked(crop.shape[:2], ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1])

    @classmethod
    def inked(cls, size: tuple[int, int], ink) -> _Glyph:
        """The glyph of a crop of this size whose trimmed ink is `ink`."""
        import cv2
        import numpy as np

        return cls(tuple(size), ink, cv2.dilate(ink, np.ones((3, 3), np.uint8)))

    def turned(self) -> _Glyph:
        """The same ink turned 180 degrees."""
        return _Glyph(self.size, self.ink[::-1, ::-1], self.near[::-1, ::-1])

    def same(self, other: _Glyph) -> bool:
        import numpy as np

        if max(abs(a - b) for a, b in zip(self.size, other.size, strict=True)) > MEMO_SLACK:
            return False
        return not np.any(self.ink > other.near) and not np.any(other.ink > self.near)
