"""Readers for the document formats the corpus accepts: .txt, .md, .docx and text-layer .pdf."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.errors import IngestError
from ingest.layout import Line, pages_of, spans_of, split_lines
from ingest.repairs import join_lines
from ingest.structure import L1, ParseResult, parse_gov_document
from ingest.types import Clause, DocumentMeta

SUFFIXES = (".txt", ".md", ".docx", ".pdf")


def read_text(path: Path) -> str:
    """The text of a document file, whatever its format."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".txt", ".md"):
            return path.read_text(encoding="utf-8")
        if suffix == ".docx":
            import docx

            return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        if suffix == ".pdf":
            from pypdf import PdfReader

            return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    except (OSError, ValueError, KeyError) as exc:
        raise IngestError(f"cannot read {path.name}: {exc}") from exc
    raise IngestError(f"{path.name}: unsupported format (expected one of {', '.join(SUFFIXES)})")


def parse_document(path: Path, meta: DocumentMeta) -> ParseResult:
    """Parse a document: the government-document parser when its structure is recognised, else paragraphs."""
    raw = read_text(path)
    if path.suffix.lower() == ".md":
        raw = re.sub(r"^#+\s*", "", raw, flags=re.M)
    recognised = meta.parser == "gov" or (
        meta.parser == "auto" and sum(1 for ln in raw.splitlines() if L1.match(ln.strip())) >= 2
    )
    if recognised:
        result = parse_gov_document(raw, meta)
    else:
        result = parse_paragraphs(raw, meta)
        result.warnings.append("structure not recognised (no 一、/二、 headings); ingested as paragraphs")
    return ParseResult([_with_doc(c, meta) for c in result.clauses], result.artefacts, result.warnings)


def _with_doc(clause: Clause, meta: DocumentMeta) -> Clause:
    from dataclasses import replace

    return replace(clause, doc=meta.id)


def parse_paragraphs(raw: str, meta: DocumentMeta) -> ParseResult:
    """Fallback: one clause per paragraph (blank-line separated)."""
    lines = split_lines(raw.replace("\r\n", "\n"))
    blocks: list[list[Line]] = []
    prev_end = -1
    for ln in lines:
        gap = raw[prev_end : ln.start] if prev_end >= 0 else ""
        if not blocks or gap.count("\n") >= 2:
            blocks.append([])
        blocks[-1].append(ln)
        prev_end = ln.end
    clauses = []
    for k, block in enumerate(blocks, 1):
        text = join_lines([ln.text for ln in block])
        clauses.append(
            Clause(
                id=f"p{k}",
                label=f"{meta.title} 第{k}段",
                text=text,
                doc=meta.id,
                kind="paragraph",
                pages=pages_of(block),
                spans=spans_of(block),
            )
        )
    return ParseResult(clauses, [])
