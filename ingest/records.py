"""The hand-checked structured records (schools, subsidies, pathways, glossary) that cite clause IDs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ingest.errors import IngestError

KINDS = ("schools", "subsidies", "pathways", "glossary")
#: libyaml's safe loader when PyYAML was built with it (ten times faster: it is on every cold start), else the pure one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_records(corpus_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Every structured record, by kind; a missing file is an empty list."""
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in KINDS:
        path = corpus_dir / f"{kind}.yaml"
        if not path.exists():
            out[kind] = []
            continue
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []
        except yaml.YAMLError as exc:
            raise IngestError(f"{path.name}: invalid YAML: {exc}") from exc
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise IngestError(f"{path.name}: expected a list of mappings")
        out[kind] = data
    return out
