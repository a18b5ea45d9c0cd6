"""`zhitu ingest --check`: structured records must cite real clauses and quote only numbers found in them."""

from __future__ import annotations

import os
from typing import Any

import pytest

from assistant.cli import main
from assistant.settings import REPO_ROOT, get_settings
from ingest.check import check_records, numbers_in
from ingest.records import KINDS, load_records
from ingest.types import Clause

CORPUS = REPO_ROOT / "corpus"


def subsidy(**fields: Any) -> dict[str, list[dict[str, Any]]]:
    """A records mapping holding one hand-made subsidy record."""
    return {"subsidies": [{"id": "hongyan-benke", "title": "鸿雁计划本科生活补贴", **fields}]}


def test_repo_records_check_clean(clauses: list[Clause]) -> None:
    records = load_records(CORPUS)
    assert set(records) == set(KINDS)
    assert check_records(records, clauses) == []


def test_repo_records_cite_only_known_clauses(clauses: list[Clause]) -> None:
    known = {c.id for c in clauses}
    for kind, items in load_records(CORPUS).items():
        for rec in items:
            assert set(rec.get("clauses") or []) <= known, f"{kind}: {rec.get('id') or rec.get('term')}"


def test_correct_amount_passes(clauses: list[Clause]) -> None:
    assert check_records(subsidy(amount="2万元", clauses=["box4.2"]), clauses) == []


def test_nested_values_are_checked(clauses: list[Clause]) -> None:
    ok = subsidy(amounts={"本科": "2万元", "专科": "1万元"}, years=[5], clauses=["box4.2"])
    assert check_records(ok, clauses) == []
    bad = subsidy(amounts={"本科": "2万元", "专科": "1.5万元"}, clauses=["box4.2"])
    assert [p for p in check_records(bad, clauses) if "1.5" in p]


def test_wrong_amount_fails_naming_the_number(clauses: list[Clause]) -> None:
    problems = check_records(subsidy(amount="3万元", clauses=["box4.2"]), clauses)
    assert len(problems) == 1
    assert "hongyan-benke" in problems[0]
    assert "number 3 " in problems[0]
    assert "box4.2" in problems[0]


def test_unknown_clause_fails(clauses: list[Clause]) -> None:
    problems = check_records(subsidy(amount="2万元", clauses=["box99.9"]), clauses)
    assert any("unknown clause box99.9" in p for p in problems)
    # with no real clause cited, the amount cannot be confirmed either
    assert any("number 2 " in p for p in problems)


def test_record_without_clauses_fails(clauses: list[Clause]) -> None:
    assert any("cites no clause" in p for p in check_records(subsidy(amount=None), clauses))
    assert any("cites no clause" in p for p in check_records(subsidy(clauses=[]), clauses))


def test_glossary_records_are_named_by_term(clauses: list[Clause]) -> None:
    problems = check_records(
        {"glossary": [{"term": "鸿雁计划", "definition": "吸引外地学生来鄂实习就业的计划"}]}, clauses
    )
    assert problems == ["glossary[鸿雁计划]: cites no clause"]


def test_booleans_and_nulls_are_not_numbers(clauses: list[Clause]) -> None:
    assert check_records(subsidy(one_time=True, level=None, clauses=["box4.2"]), clauses) == []


def test_numbers_in() -> None:
    assert numbers_in("2万元") == {"2"}
    assert numbers_in("0.5万元/生") == {"0.5"}
    assert numbers_in("40:60") == {"40", "60"}
    assert numbers_in("2025年") == {"2025"}
    assert numbers_in("两万元") == set()


def test_numbers_of_two_cited_clauses_do_not_run_together() -> None:
    first = Clause(id="a", label="甲", text="名额为1", doc="d", kind="item")
    second = Clause(id="b", label="乙", text="2所学校参加", doc="d", kind="item")
    records = {"schools": [{"id": "x", "quota": "1", "schools": "2所", "clauses": ["a", "b"]}]}
    assert check_records(records, [first, second]) == []


def test_ingest_check_cli_passes_on_the_repo_corpus(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [n for n in os.environ if n.startswith("ZHITU_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("ZHITU_CORPUS_DIR", str(CORPUS))
    get_settings.cache_clear()
    try:
        code = main(["ingest", "--check"])
    finally:
        get_settings.cache_clear()
    out = capsys.readouterr().out
    assert "CHECK FAILED" not in out
    assert code == 0
    assert "检查通过" in out
