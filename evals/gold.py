"""The gold set: a pydantic model of one item, loading JSONL files and checking them against the clauses."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assistant.types import Audience, Clause, Turn
from evals.errors import GoldError

__all__ = [
    "CATEGORIES",
    "GOLD_DIR",
    "Evidence",
    "GoldClauses",
    "GoldItem",
    "load_gold",
    "save_gold",
    "validate_against_clauses",
]

GOLD_DIR = Path(__file__).resolve().parent / "gold"

Category = Literal[
    "targets",
    "schools",
    "pathways",
    "subsidies",
    "programmes",
    "multi_part",
    "follow_up",
    "false_premise",
    "injection_oos",
    "unanswerable",
]
CATEGORIES: tuple[str, ...] = get_args(Category)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldClauses(_Strict):
    """Clauses an answer must cite (required) and may also cite (allowed)."""

    required: list[str] = Field(default_factory=list)
    allowed: list[str] = Field(default_factory=list)

    @property
    def relevant(self) -> set[str]:
        return set(self.required) | set(self.allowed)


class Evidence(_Strict):
    """A verbatim span of a clause that supports the reference answer."""

    clause: str
    span: str = Field(min_length=1)


class GoldItem(_Strict):
    """One question of the gold set with what a correct answer must (and must not) contain."""

    id: str = Field(min_length=1)
    category: Category
    question: str = Field(min_length=1)
    history: list[Turn] = Field(default_factory=list)
    audience: Audience = "family"
    answerable: bool
    reference_answer: str
    must_include: list[list[str]] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)
    gold_clauses: GoldClauses = Field(default_factory=GoldClauses)
    evidence: list[Evidence] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> GoldItem:
        if any(not group or not all(v.strip() for v in group) for group in self.must_include):
            raise ValueError("must_include has an empty group or an empty variant")
        if self.answerable and not (self.gold_clauses.required and self.must_include):
            raise ValueError("an answerable item needs required clauses and must_include groups")
        if not self.answerable and (self.gold_clauses.required or self.must_include):
            raise ValueError("an unanswerable item has no required clauses and no must_include")
        stray = {e.clause for e in self.evidence} - self.gold_clauses.relevant
        if stray:
            raise ValueError(f"evidence cites clauses outside gold_clauses: {sorted(stray)}")
        return self


def load_gold(*paths: Path) -> list[GoldItem]:
    """Parse and validate JSONL gold files (blank lines skipped); IDs must be unique across all of them."""
    items: list[GoldItem] = []
    seen: set[str] = set()
    for path in paths:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = GoldItem.model_validate(json.loads(line))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise GoldError(f"{path.name}:{lineno}: {exc}") from exc
            if item.id in seen:
                raise GoldError(f"{path.name}:{lineno}: duplicate item ID {item.id}")
            seen.add(item.id)
            items.append(item)
    return items


def save_gold(items: Iterable[GoldItem], path: Path) -> None:
    """Write items as JSONL, one object a line, keys in model order, Chinese unescaped."""
    lines = [json.dumps(i.model_dump(mode="json"), ensure_ascii=False) for i in items]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def validate_against_clauses(items: Iterable[GoldItem], clauses: Mapping[str, Clause] | Iterable[Clause]) -> list[str]:
    """Problems of the gold set against the corpus: unknown clause IDs, evidence spans not verbatim in their clause."""
    texts = {c.id: c.text for c in (clauses.values() if isinstance(clauses, Mapping) else clauses)}
    problems: list[str] = []
    for item in items:
        ids = [*item.gold_clauses.required, *item.gold_clauses.allowed, *(e.clause for e in item.evidence)]
        problems += [f"{item.id}: unknown clause {cid}" for cid in dict.fromkeys(ids) if cid not in texts]
        for ev in item.evidence:
            if ev.clause in texts and ev.span not in texts[ev.clause]:
                problems.append(f"{item.id}: evidence span not in {ev.clause}: {ev.span!r}")
    return problems
