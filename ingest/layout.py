"""Layout of a PDF-extracted text: visual lines with raw offsets, page numbers and widths; artefacts dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.repairs import PAGE_MARKER, display_width

_PAGE_NUMBER = re.compile(r"^/ (\d+) /$")


@dataclass(frozen=True)
class Line:
    """One non-artefact visual line: its text and where it sits in the raw file."""

    index: int  # position among the non-artefact lines
    start: int  # raw offset of the first content character
    end: int  # raw offset one past the last content character
    text: str
    page: int

    @property
    def width(self) -> int:
        """Display width in half-width cells (body lines ~52-62, boxed lines ~68-78)."""
        return display_width(self.text)


def split_lines(raw: str) -> list[Line]:
    """Split raw text into content lines, dropping page markers, page-start spaces and blank lines.

    A new page begins at a page marker ("/ 10 /") or at a line that opens with a
    single space; the first page is page 1.
    """
    lines: list[Line] = []
    page = 1
    seen_content = False
    offset = 0
    for raw_line in raw.split("\n"):
        start, end = offset, offset + len(raw_line)
        offset = end + 1
        stripped = raw_line.strip()
        marker = _PAGE_NUMBER.match(stripped)
        if marker:
            if seen_content:
                page = max(page + 1, int(marker.group(1)))
            continue
        if not stripped:
            continue
        if raw_line.startswith(" ") and not raw_line.startswith("  ") and seen_content:
            page += 1
        lead = len(raw_line) - len(raw_line.lstrip())
        trail = len(raw_line) - len(raw_line.rstrip())
        lines.append(Line(len(lines), start + lead, end - trail, stripped, page))
        seen_content = True
    return lines


def spans_of(lines: list[Line]) -> tuple[tuple[int, int], ...]:
    """The raw-file spans of some lines, in file order."""
    return tuple((ln.start, ln.end) for ln in sorted(lines, key=lambda x: x.start))


def pages_of(lines: list[Line]) -> tuple[int, ...]:
    """The pages some lines are printed on."""
    return tuple(sorted({ln.page for ln in lines}))


def is_artefact_line(text: str) -> bool:
    """True for a line that carries no document text at all."""
    return not text.strip() or bool(PAGE_MARKER.match(text.strip()))
