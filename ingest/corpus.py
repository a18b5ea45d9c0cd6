"""The corpus on disk: document metadata, raw files, and parsing every document into clauses."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from functools import lru_cache
from pathlib import Path

from ingest.errors import IngestError
from ingest.formats import parse_document
from ingest.types import Clause, DocumentMeta

log = logging.getLogger(__name__)

_META_FIELDS = {f.name for f in dataclasses.fields(DocumentMeta)} - {"extra"}


def load_meta(path: Path) -> DocumentMeta:
    """Read one `*.meta.json`; unknown keys go to `extra` (e.g. table specs)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IngestError(f"cannot read metadata {path}: {exc}") from exc
    known = {k: v for k, v in data.items() if k in _META_FIELDS}
    extra = {k: v for k, v in data.items() if k not in _META_FIELDS}
    if "id" not in known or "file" not in known or "title" not in known:
        raise IngestError(f"{path}: metadata needs id, file and title")
    return DocumentMeta(**known, extra=extra)


def list_documents(documents_dir: Path) -> list[tuple[DocumentMeta, Path]]:
    """Every document with a metadata entry, primary document first."""
    found = []
    for meta_path in sorted(documents_dir.glob("*.meta.json")):
        meta = load_meta(meta_path)
        found.append((meta, documents_dir / meta.file))
    found.sort(key=lambda mp: (not mp[0].primary, mp[0].id))
    return found


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_corpus(documents_dir: Path) -> list[Clause]:
    """Parse every document in the corpus; clause IDs of secondary documents carry the document ID."""
    clauses: list[Clause] = []
    seen: set[str] = set()
    for meta, path in list_documents(documents_dir):
        if meta.sha256 and sha256_file(path) != meta.sha256:
            raise IngestError(f"{path.name}: sha256 differs from its metadata; the raw file must stay as published")
        result = parse_document(path, meta)
        for warning in result.warnings:
            log.warning("%s: %s", meta.id, warning)
        for clause in result.clauses:
            cid = clause.id if meta.primary else f"{meta.id}:{clause.id}"
            parent = clause.parent if meta.primary or clause.parent is None else f"{meta.id}:{clause.parent}"
            if cid in seen:
                raise IngestError(f"duplicate clause ID {cid}")
            seen.add(cid)
            clauses.append(dataclasses.replace(clause, id=cid, parent=parent, doc=meta.id))
    return clauses


@lru_cache(maxsize=4)
def documents_by_id(documents_dir: Path) -> dict[str, DocumentMeta]:
    """Metadata of every document, keyed by document ID."""
    return {meta.id: meta for meta, _ in list_documents(documents_dir)}
