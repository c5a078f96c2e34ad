"""A report's text in three aligned forms, so that matching can ignore what PDF extraction and
web pages do to text while every match still maps back to the exact raw characters.

- `raw`: the page texts joined by newlines (what quotes are cut from);
- `norm`: NFKC of raw, character by character (full-width digits and brackets to ASCII), with
  `norm_to_raw` giving each norm character's raw offset;
- `squeezed`: norm without whitespace, for finding labels that wrap or are spaced out
  ("社会公益 组织", "三、本年度办 理结果"), with `sq_to_norm`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .document import Document


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


@lru_cache(maxsize=8192)
def squeeze(text: str) -> str:
    """NFKC without whitespace: how labels are compared (cached: patterns recur in every report)."""
    return re.sub(r"\s+", "", nfkc(text))


@dataclass
class TextView:
    raw: str
    norm: str
    norm_to_raw: list[int]
    squeezed: str
    sq_to_norm: list[int]
    page_starts: list[tuple[int, int]] = field(default_factory=list)  # (raw offset, page number)

    @classmethod
    def of_text(cls, raw: str, page_starts: list[tuple[int, int]] | None = None) -> TextView:
        norm_chars: list[str] = []
        norm_to_raw: list[int] = []
        for i, ch in enumerate(raw):
            folded = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
            if ch in "\u3000\xa0":
                folded = " "
            for out in folded or " ":
                norm_chars.append(out)
                norm_to_raw.append(i)
        norm = "".join(norm_chars)
        sq_chars, sq_to_norm = [], []
        for i, ch in enumerate(norm):
            if not ch.isspace():
                sq_chars.append(ch)
                sq_to_norm.append(i)
        return cls(raw, norm, norm_to_raw, "".join(sq_chars), sq_to_norm, page_starts or [(0, 1)])

    @classmethod
    def of_document(cls, doc: Document) -> TextView:
        parts, starts, offset = [], [], 0
        for page in doc.pages:
            starts.append((offset, page.number))
            parts.append(page.text)
            offset += len(page.text) + 1
        return cls.of_text("\n".join(parts), starts)

    # --- positions --------------------------------------------------------------------------

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the norm span [start, end)."""
        if start >= len(self.norm_to_raw):
            return len(self.raw), len(self.raw)
        end = max(end, start + 1)
        return self.norm_to_raw[start], self.norm_to_raw[min(end, len(self.norm_to_raw)) - 1] + 1

    def quote(self, start: int, end: int) -> str:
        a, b = self.raw_span(start, end)
        return self.raw[a:b].strip()

    def page_at(self, norm_offset: int) -> int:
        raw = self.norm_to_raw[min(max(norm_offset, 0), len(self.norm_to_raw) - 1)] if self.norm_to_raw else 0
        i = bisect.bisect_right([o for o, _ in self.page_starts], raw) - 1
        return self.page_starts[max(i, 0)][1]

    def norm_of_sq(self, sq: int) -> int:
        if sq >= len(self.sq_to_norm):
            return len(self.norm)
        return self.sq_to_norm[sq]

    def sq_of_norm(self, norm: int) -> int:
        return bisect.bisect_left(self.sq_to_norm, norm)

    def find(self, needle: str, start: int = 0, end: int | None = None) -> list[int]:
        """Norm offsets where `needle` (whitespace ignored) occurs in [start, end)."""
        target = "".join(needle.split())
        if not target:
            return []
        sq_start, sq_end = self.sq_of_norm(start), self.sq_of_norm(end if end is not None else len(self.norm))
        out, at = [], self.squeezed.find(target, sq_start)
        while 0 <= at and at + len(target) <= sq_end:
            out.append(self.norm_of_sq(at))
            at = self.squeezed.find(target, at + 1)
        return out

    def end_of(self, norm_start: int, needle: str) -> int:
        """Norm offset just after `needle` matched (whitespace ignored) at norm_start."""
        sq = self.sq_of_norm(norm_start) + len("".join(needle.split()))
        return self.norm_of_sq(sq - 1) + 1 if sq > 0 else norm_start
