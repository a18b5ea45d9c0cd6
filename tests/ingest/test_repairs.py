"""The repair table: each artefact repaired, numbers and formulas intact."""

from __future__ import annotations

import pytest

from ingest.repairs import REPAIRS, join_lines, repair_text
from ingest.types import Clause


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("2025 年", "2025年"),
        ("和 11 个优质中职专业", "和11个优质中职专业"),
        ("达到 1.9 万人，", "达到1.9万人，"),
        ("40 ：60", "40：60"),
        ("“3+2”、中职", "“3+2”、中职"),
        ("数‛化转型", "数字化转型"),
        ("0.5 万元/生", "0.5万元/生"),
        ("2-3", "2-3"),
        ("IPV6 的应用", "IPV6的应用"),
        ("实施 “银龄讲学”", "实施“银龄讲学”"),
    ],
)
def test_repair_text(raw: str, clean: str) -> None:
    assert repair_text(raw) == clean


def test_hard_breaks_inside_sentences_are_joined() -> None:
    assert (
        join_lines(["现将《鄂尔多斯市职业教育改革发展实施", "方案》印发给你们"])
        == "现将《鄂尔多斯市职业教育改革发展实施方案》印发给你们"
    )
    assert join_lines(["Hello", "world"]) == "Hello world"


def test_every_repair_is_documented() -> None:
    assert all(r.why and r.name for r in REPAIRS)


def test_no_artefact_survives_in_any_clause(clauses: list[Clause]) -> None:
    for c in clauses:
        assert "‛" not in c.text and "‛" not in c.label, c.id
        assert " 年" not in c.text and "/ 10 /" not in c.text, c.id
        assert "\n" not in c.text, c.id
