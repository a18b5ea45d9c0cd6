"""Scoring hand-made answers: correct, missing figure, invented number, refusal, bad quote, retrieval ranks."""

from __future__ import annotations

from collections.abc import Callable

from assistant.types import Answer, Citation
from evals.gold import GoldItem
from evals.metrics import (
    bigram_overlap,
    is_correct,
    percentile,
    quote_is_verbatim,
    rank_metrics,
    score_item,
    sentences,
)

ItemFactory = Callable[..., GoldItem]


def _cite(n: int, cid: str, quote: str) -> Citation:
    return Citation(n=n, id=cid, label=cid, quote=quote, document="《方案》")


def _answer(text: str, *cites: Citation, refused: bool = False) -> Answer:
    return Answer(answer=text, citations=list(cites), refused=refused)


GOOD = _answer(
    "鸿雁计划本科毕业在市域企业就业满5年的，一次性生活补贴2万元。[1]",
    _cite(1, "box4.2", "本科层次给予一次性生活补贴2万元"),
)


def test_a_correct_answer_scores_one(make_item: ItemFactory, texts: dict[str, str]) -> None:
    s = score_item(make_item(), GOOD, texts)
    assert s.correct and not s.missing and not s.uncited and not s.unsupported and not s.bad_quotes
    assert (s.precision, s.recall, s.quotes_verbatim) == (1.0, 1.0, 1)
    assert s.support is not None and s.support > 0.5


def test_variants_and_full_width_colon_match(make_item: ItemFactory) -> None:
    item = make_item(must_include=[["40:60"], ["两万元", "2万元"]], must_not_include=[])
    assert is_correct(item, _answer("职普比 40：60 。[1] 补贴 2 万元。[2]"))


def test_a_missing_figure_scores_zero(make_item: ItemFactory, texts: dict[str, str]) -> None:
    answer = _answer("鸿雁计划对本科毕业生有一次性生活补贴。[1]", _cite(1, "box4.2", "本科层次给予一次性生活补贴2万元"))
    s = score_item(make_item(), answer, texts)
    assert not s.correct and s.missing == ["2万元|两万元|20000元"]


def test_a_forbidden_phrase_or_a_refusal_is_wrong(make_item: ItemFactory, texts: dict[str, str]) -> None:
    s = score_item(make_item(), _answer("本科2万元，不是5万元。[1]", _cite(1, "box4.2", "2万元")), texts)
    assert not s.correct and s.forbidden == ["5万元"]
    assert not score_item(make_item(), _answer("抱歉，方案没有写。", refused=True), texts).correct


def test_an_invented_number_is_unsupported(make_item: ItemFactory, texts: dict[str, str]) -> None:
    answer = _answer(
        "本科一次性生活补贴2万元，另有3000元交通补助。[1]", _cite(1, "box4.2", "本科层次给予一次性生活补贴2万元")
    )
    s = score_item(make_item(), answer, texts)
    assert s.correct  # the must_include figure is there …
    assert len(s.unsupported) == 1 and s.unsupported[0].startswith("3000 in")  # … but 3000 is invented


def test_a_figure_in_an_uncited_sentence_is_unsupported(make_item: ItemFactory, texts: dict[str, str]) -> None:
    s = score_item(make_item(), _answer("本科补贴2万元。"), texts)
    assert s.uncited == ["本科补贴2万元。"] and s.unsupported


def test_a_refusal_on_an_unanswerable_item_is_correct(unanswerable: GoldItem, texts: dict[str, str]) -> None:
    assert score_item(unanswerable, _answer("抱歉，方案没有规定中考分数线。", refused=True), texts).correct
    assert not score_item(unanswerable, GOOD, texts).correct


def test_a_quote_not_in_the_clause_is_flagged(make_item: ItemFactory, texts: dict[str, str]) -> None:
    answer = _answer("本科补贴2万元。[1]", _cite(1, "box4.2", "本科层次给予一次性生活补贴3万元"))
    s = score_item(make_item(), answer, texts)
    assert s.quotes == 1 and s.quotes_verbatim == 0 and s.bad_quotes
    assert quote_is_verbatim("鸿雁计划……本科层次", texts["box4.2"])
    assert not quote_is_verbatim("本科层次", None)


def test_citation_precision_and_recall(make_item: ItemFactory, texts: dict[str, str]) -> None:
    item = make_item(gold_clauses={"required": ["box4.2", "s2.1.d1"], "allowed": []}, evidence=[])
    answer = _answer("本科补贴2万元。[1][2]", _cite(1, "box4.2", "2万元"), _cite(2, "table1.r1", "35：65"))
    s = score_item(item, answer, texts)
    assert (s.precision, s.recall) == (0.5, 0.5)


def test_sentences_keep_their_markers() -> None:
    got = sentences("职普比40:60。[1]补贴2万元[2]。好的\n[3] 第一句。第二句")
    assert [(s.text, s.markers) for s in got] == [
        ("职普比40:60。", (1,)),
        ("补贴2万元。", (2,)),
        ("好的", ()),
        ("第一句。", (3,)),
        ("第二句", (3,)),
    ]


def test_rank_metrics() -> None:
    got = rank_metrics(["x", "a", "b", "c", "d", "r"], required=["r"], relevant=["a"])
    assert got == {"recall@1": 0.0, "recall@5": 0.0, "recall@10": 1.0, "mrr": 0.5}
    assert rank_metrics([], ["r"], [])["mrr"] == 0.0


def test_small_helpers() -> None:
    assert bigram_overlap("补贴2万元", "生活补贴2万元") == 1.0
    assert bigram_overlap("", "x") == 0.0
    assert percentile([3.0, 1.0, 2.0, 4.0], 50) == 2.0
    assert percentile([3.0, 1.0, 2.0, 4.0], 95) == 4.0
    assert percentile([], 50) is None
