"""The gold drafts parse, reject unknown keys, and every clause ID and evidence span exists in the corpus."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.types import Clause
from evals.errors import GoldError
from evals.gold import GOLD_DIR, GoldItem, load_gold, validate_against_clauses
from evals.split import DRAFTS

ItemFactory = Callable[..., GoldItem]
DRAFT_PATHS = [GOLD_DIR / name for name in DRAFTS if (GOLD_DIR / name).exists()]


def test_drafts_validate_against_the_parsed_corpus(clauses: list[Clause]) -> None:
    items = load_gold(*DRAFT_PATHS)
    assert items
    assert validate_against_clauses(items, clauses) == []


@pytest.mark.parametrize("name", [f"probe{n}.jsonl" for n in ("", *range(2, 104))])
def test_probe_sets_validate_and_share_no_ids_with_the_drafts(clauses: list[Clause], name: str) -> None:
    probe = load_gold(GOLD_DIR / name)
    assert probe and validate_against_clauses(probe, clauses) == []
    assert not {i.id for i in probe} & {i.id for i in load_gold(*DRAFT_PATHS)}


def test_unknown_keys_are_rejected(tmp_path: Path) -> None:
    line = json.loads((GOLD_DIR / DRAFTS[0]).read_text(encoding="utf-8").splitlines()[0])
    line["notes"] = "stray"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match="notes"):
        load_gold(bad)


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    first = (GOLD_DIR / DRAFTS[0]).read_text(encoding="utf-8").splitlines()[0]
    dup = tmp_path / "dup.jsonl"
    dup.write_text(first + "\n" + first + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match="duplicate"):
        load_gold(dup)


def test_unanswerable_items_cannot_require_clauses(make_item: ItemFactory) -> None:
    with pytest.raises(ValueError, match="unanswerable"):
        make_item(answerable=False, must_include=[])


def test_unknown_clause_and_missing_span_are_reported(make_item: ItemFactory, by_id: dict[str, Clause]) -> None:
    item = make_item(
        gold_clauses={"required": ["box4.2"], "allowed": ["nope.1"]},
        evidence=[{"clause": "box4.2", "span": "本科层次给予一次性生活补贴3万元"}],
    )
    problems = validate_against_clauses([item], by_id)
    assert any("unknown clause nope.1" in p for p in problems)
    assert any("evidence span not in box4.2" in p for p in problems)
