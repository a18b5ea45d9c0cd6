"""Typed tools shared by the extractive answerer and (later) the LLM agent; every record carries clause IDs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, Field

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


class StudentSituation(BaseModel):
    """The subsidy finder's form: a student's stage and circumstances."""

    stage: Literal["中职", "高职", "本科"] | None = None
    from_outside: bool = False
    intern_local: bool = False
    years_local: int = Field(0, ge=0, le=50)
    key_programme: bool = False
    commissioned: bool = False


_CRITERIA: dict[str, tuple[str, Callable[[StudentSituation, Any], bool]]] = {
    "stages": ("就读学段为{}", lambda s, v: s.stage in v),
    "from_outside": ("来自鄂尔多斯市以外", lambda s, v: s.from_outside or not v),
    "intern_local": ("在鄂尔多斯市实习", lambda s, v: s.intern_local or not v),
    "years_local_min": ("毕业后在市域企业就业满{}年", lambda s, v: s.years_local >= int(v)),
    "key_programme": ("就读重点建设专业", lambda s, v: s.key_programme or not v),
    "commissioned": ("是急需专业委培生", lambda s, v: s.commissioned or not v),
}


def _unmet(rule: dict[str, Any], situation: StudentSituation) -> list[str]:
    """The conditions of `rule` that `situation` does not meet, in words."""
    out = []
    for key, wanted in (rule.get("eligibility") or {}).items():
        words, holds = _CRITERIA[key]
        if not holds(situation, wanted):
            out.append(words.format("、".join(wanted) if isinstance(wanted, list) else wanted))
    return out


def find_subsidies(kb: Knowledge, situation: StudentSituation) -> dict[str, list[dict[str, Any]]]:
    """Student subsidies that apply to `situation`, and those missing exactly one condition (with what is missing)."""
    applies, almost = [], []
    for rule in kb.records.get("subsidies", []):
        if not rule.get("eligibility"):
            continue
        unmet = _unmet(rule, situation)
        if not unmet:
            applies.append(rule)
        elif len(unmet) == 1:
            almost.append({**rule, "missing": unmet[0]})
    return {"applies": applies, "almost": almost}
