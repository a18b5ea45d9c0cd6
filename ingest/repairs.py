"""The repair table: every PDF-extraction artefact ZhiTu knows about, and how it is undone.

Each entry is data (a name, what it looks like, what it becomes, why), so the
repairs are documented in one place and tested one by one. Structural artefacts
(page markers, page-start spaces, blank lines, repeated table headers) are
dropped from the clause spans by `ingest.layout`; character-level artefacts are
rewritten in clause text by `repair_text`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Repair:
    """One documented repair: a regular expression and its replacement."""

    name: str
    pattern: re.Pattern[str]
    replacement: str
    why: str


_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2014\u2018-\u201f\u2026"

#: Line-level artefacts: a line matching one of these carries no document text.
PAGE_MARKER = re.compile(r"^/ \d+ /$")

#: Character-level repairs applied, in order, to the joined text of a clause.
REPAIRS: tuple[Repair, ...] = (
    Repair(
        "glyph-zi",
        re.compile("\u201b"),
        "字",
        "The PDF's font maps 字 to U+201B '‛' (数‛化 → 数字化).",
    ),
    Repair(
        "space-cjk-left",
        re.compile(rf"(?<=[{_CJK}])[ \t]+"),
        "",
        "Spaces the extractor put after Chinese text before a number ('和 11 个' → '和11个').",
    ),
    Repair(
        "space-cjk-right",
        re.compile(rf"[ \t]+(?=[{_CJK}])"),
        "",
        "Spaces the extractor put before Chinese text after a number ('2025 年' → '2025年').",
    ),
)


def repair_text(text: str) -> str:
    """Apply the repair table to already-joined clause text; numbers such as '3+2' or '1.9' stay intact."""
    for repair in REPAIRS:
        text = repair.pattern.sub(repair.replacement, text)
    return text.strip()


def join_lines(lines: list[str]) -> str:
    """Join visual lines of one paragraph: a hard break inside a sentence is not a space in Chinese."""
    out = ""
    for line in lines:
        line = line.strip()
        if out and out[-1].isascii() and out[-1].isalnum() and line[:1].isascii() and line[:1].isalnum():
            out += " "  # two Latin words split across lines keep their separator
        out += line
    return repair_text(out)


def display_width(text: str) -> int:
    """Width of a line in half-width cells: the layout signal that tells boxed text from body text."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
