"""The extractor's scoring: how much the embedding similarity weighs, and granted titles (no index needed)."""

from __future__ import annotations

import numpy as np

from assistant.extract import SEMANTIC_FLOOR, SEMANTIC_FULL, SEMANTIC_WEIGHT, Extractor
from assistant.types import Clause

A = Clause("a", "甲", "职业院校建设实训基地。", "doc", "item")
B = Clause("b", "乙", "对新认定的工作室给予奖励。", "doc", "item")


def unit(cos: float) -> np.ndarray:
    """A unit vector at that cosine from the query vector e0."""
    return np.array([cos, np.sqrt(1 - cos * cos), 0.0])


def bonus(best: float, other: float) -> float:
    """The semantic bonus the best unit gets over the other, pool scores being equal."""
    extractor = Extractor([A, B], {("a", A.text): unit(best), ("b", B.text): unit(other)})
    pool = [(0.0, A, A.text, frozenset()), (0.0, B, B.text, frozenset())]
    scored = extractor._with_semantics(pool, np.array([1.0, 0.0, 0.0]))
    return scored[0][0] - scored[1][0]


def test_the_semantic_bonus_is_whole_when_the_best_unit_is_close() -> None:
    assert abs(bonus(SEMANTIC_FULL + 0.02, 0.8) - SEMANTIC_WEIGHT) < 1e-9


def test_the_semantic_bonus_is_nil_when_nothing_resembles_the_question() -> None:
    assert bonus(SEMANTIC_FLOOR - 0.01, 0.7) == 0.0


def test_the_semantic_bonus_grows_with_the_best_similarity() -> None:
    middle = (SEMANTIC_FLOOR + SEMANTIC_FULL) / 2
    assert 0.0 < bonus(middle, 0.7) < SEMANTIC_WEIGHT


def test_a_sentence_granting_another_title_ranks_below_the_one_asked() -> None:
    c = Clause("c", "丙", "遴选名师、名校长，被评为名师的待遇提高1倍。被评为名校长的待遇提高1.2倍。", "doc", "item")
    claims = Extractor([c]).select("名校长待遇提高多少", [(c, 1.0)], 1, 200, False)
    assert claims and "1.2倍" in claims[0].text
