"""Types produced by ingest and shared by every package: documents and their citable clauses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class DocumentMeta:
    """A document's metadata entry (one `*.meta.json` beside the raw file)."""

    id: str
    file: str
    title: str
    doc_number: str = ""
    issuer: str = ""
    issued: str = ""
    printed: str = ""
    sha256: str = ""
    parser: str = "auto"
    primary: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def citation_name(self) -> str:
        """How an answer names the document: 《title》（文号）."""
        return f"《{self.title}》（{self.doc_number}）" if self.doc_number else f"《{self.title}》"


@dataclass(frozen=True)
class Clause:
    """One citable unit of a document: a section, item, box item or table row."""

    id: str
    label: str
    text: str
    doc: str
    kind: str
    heading_path: tuple[str, ...] = ()
    pages: tuple[int, ...] = ()
    spans: tuple[Span, ...] = ()
    parent: str | None = None
    cells: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        """The public JSON form used by `zhitu clauses --json` and the API."""
        out: dict[str, Any] = {"id": self.id, "label": self.label, "text": self.text, "pages": list(self.pages)}
        return out

    def to_record(self) -> dict[str, Any]:
        """The full JSON form stored in the index directory."""
        return {
            "id": self.id,
            "label": self.label,
            "text": self.text,
            "doc": self.doc,
            "kind": self.kind,
            "heading_path": list(self.heading_path),
            "pages": list(self.pages),
            "spans": [list(s) for s in self.spans],
            "parent": self.parent,
            "cells": self.cells,
        }

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Clause:
        """Inverse of `to_record`."""
        return cls(
            id=rec["id"],
            label=rec["label"],
            text=rec["text"],
            doc=rec["doc"],
            kind=rec["kind"],
            heading_path=tuple(rec.get("heading_path", ())),
            pages=tuple(rec.get("pages", ())),
            spans=tuple((int(a), int(b)) for a, b in rec.get("spans", ())),
            parent=rec.get("parent"),
            cells=rec.get("cells"),
        )
