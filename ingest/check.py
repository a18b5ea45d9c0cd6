"""`zhitu ingest --check`: every structured record cites real clauses, and its numbers occur in them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ingest.types import Clause

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SKIP_KEYS = {"id", "clauses"}


def numbers_in(text: str) -> set[str]:
    """The numbers written in a text ('2万元' → {'2'}, '0.5万元/生' → {'0.5'}, '40:60' → {'40', '60'})."""
    return set(_NUMBER.findall(text))


def _values(obj: Any, key: str = "") -> Iterator[str]:
    if key in _SKIP_KEYS:
        return
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _values(v, str(k))
    elif isinstance(obj, list):
        for v in obj:
            yield from _values(v, key)
    elif isinstance(obj, bool) or obj is None:
        return
    else:
        yield str(obj)


def check_records(records: dict[str, list[dict[str, Any]]], clauses: list[Clause]) -> list[str]:
    """Problems found, one message each; an empty list means the records are clean."""
    by_id = {c.id: c for c in clauses}
    problems: list[str] = []
    for kind, items in records.items():
        for n, rec in enumerate(items):
            name = f"{kind}[{rec.get('id') or rec.get('term') or n}]"
            cited = rec.get("clauses") or []
            if not cited:
                problems.append(f"{name}: cites no clause")
            missing = [c for c in cited if c not in by_id]
            problems.extend(f"{name}: cites unknown clause {c}" for c in missing)
            text = "\n".join(by_id[c].text for c in cited if c in by_id)
            known = numbers_in(text)
            for value in _values(rec):
                for num in numbers_in(value) - known:
                    problems.append(f"{name}: number {num} (in {value!r}) does not occur in {', '.join(cited)}")
    return problems
