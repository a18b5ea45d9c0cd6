"""Typed tools shared by the extractive answerer and (later) the LLM agent; every record carries clause IDs."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from assistant.knowledge import Knowledge


class ClauseRecord(BaseModel):
    """A clause as a tool returns it."""

    id: str
    label: str
    text: str
    score: float | None = None


def _match(value: Any, wanted: str | None) -> bool:
    if not wanted:
        return True
    if isinstance(value, list):
        return any(wanted in str(v) or str(v) in wanted for v in value if v)
    return value is not None and (wanted in str(value) or (str(value) in wanted and bool(str(value))))


def search_plan(kb: Knowledge, query: str, k: int = 5) -> list[ClauseRecord]:
    """Hybrid search over the plan's clauses."""
    return [ClauseRecord(id=c.id, label=c.label, text=c.text, score=s) for c, s in kb.search(query, k)]


def get_clause(kb: Knowledge, clause_id: str) -> ClauseRecord | None:
    """One clause by ID, or None."""
    c = kb.clauses.get(clause_id)
    return ClauseRecord(id=c.id, label=c.label, text=c.text) if c else None


def find_schools(
    kb: Knowledge,
    banner: str | None = None,
    level: str | None = None,
    industry: str | None = None,
    name: str | None = None,
) -> list[dict[str, Any]]:
    """Schools from the hand-checked records, filtered by banner/district, level, industry or name/alias."""
    out = []
    for rec in kb.records.get("schools", []):
        names = [rec.get("name", ""), *(rec.get("aliases") or [])]
        industries = [*(rec.get("featured_industries") or []), rec.get("specialty_direction") or ""]
        if (
            _match(rec.get("banner"), banner)
            and _match(rec.get("levels") or [rec.get("kind")], level)
            and _match(industries, industry)
            and (not name or any(n and (n in name or name in n) for n in names))
        ):
            out.append(rec)
    return out


def subsidy_rules(kb: Knowledge, topic: str | None = None, level: str | None = None) -> list[dict[str, Any]]:
    """Money and reward rules, filtered by topic words and student level."""
    out = []
    for rec in kb.records.get("subsidies", []):
        text = " ".join(str(rec.get(k) or "") for k in ("topic", "title", "beneficiary", "condition"))
        if (not topic or topic in text) and (not level or _match(rec.get("level"), level)):
            out.append(rec)
    return out


def pathways(kb: Knowledge, from_level: str | None = None) -> list[dict[str, Any]]:
    """Progression routes, optionally from one level (中职, 高职, 普通高中…)."""
    return [r for r in kb.records.get("pathways", []) if not from_level or _match(r.get("from_level"), from_level)]


def explain_term(kb: Knowledge, term: str) -> dict[str, Any] | None:
    """The glossary entry whose term or alias occurs in `term` (longest match first)."""
    best: tuple[int, dict[str, Any]] | None = None
    for rec in kb.records.get("glossary", []):
        for name in [rec.get("term", ""), *(rec.get("aliases") or [])]:
            if name and name in term and (best is None or len(name) > best[0]):
                best = (len(name), rec)
    return best[1] if best else None
