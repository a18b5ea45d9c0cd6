"""Fixtures of the evaluation-suite tests: a small hand-made gold item factory and clause texts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from evals.gold import GoldItem

TEXTS = {
    "box4.2": "鸿雁计划：毕业在市域企业就业满5年的学生，本科层次给予一次性生活补贴2万元、"
    "专科层次给予一次性生活补贴1万元。",
    "table1.r1": "职普比例：2021年为35：65，2025年目标40：60（控制性指标）。",
    "s2.1.d1": "到2025年，职业教育在校生规模力争突破5万人。",
}
ItemFactory = Callable[..., GoldItem]


@pytest.fixture
def texts() -> dict[str, str]:
    return dict(TEXTS)


@pytest.fixture
def make_item() -> ItemFactory:
    """An answerable subsidies item by default; keyword arguments override any field."""

    def make(**over: Any) -> GoldItem:
        data: dict[str, Any] = {
            "id": "t-001",
            "category": "subsidies",
            "question": "鸿雁计划本科补多少？",
            "answerable": True,
            "reference_answer": "本科2万元。",
            "must_include": [["2万元", "两万元", "20000元"]],
            "must_not_include": ["5万元"],
            "gold_clauses": {"required": ["box4.2"], "allowed": []},
            "evidence": [{"clause": "box4.2", "span": "本科层次给予一次性生活补贴2万元"}],
        }
        data.update(over)
        return GoldItem.model_validate(data)

    return make


@pytest.fixture
def unanswerable(make_item: ItemFactory) -> GoldItem:
    return make_item(
        id="t-002",
        category="unanswerable",
        question="明年中考分数线多少？",
        answerable=False,
        must_include=[],
        must_not_include=[],
        gold_clauses={"required": [], "allowed": []},
        evidence=[],
    )
