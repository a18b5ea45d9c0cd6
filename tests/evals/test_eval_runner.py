"""The runner, report, baseline and judge against fakes of our own interfaces (no index, no server, no LLM)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from assistant.retrieval import Hit
from assistant.types import Answer, Citation, Clause, Turn
from evals.baseline import NaiveRag
from evals.errors import EvalError
from evals.gold import GoldItem
from evals.judge import Judge, parse_verdict, render_prompt
from evals.report import README_BEGIN, README_END, update_readme, write
from evals.runner import EvalOptions, HttpAssistant, Run, evaluate, limit_items, retrieval_query, score_retrieval
from evals.summary import summarise

ItemFactory = Callable[..., GoldItem]


class FakeAssistant:
    """Answers the subsidy question correctly and refuses everything else."""

    def ask(self, question: str, history: list[Turn] | None = None, audience: str = "family") -> Answer:
        if "鸿雁" in question:
            cite = Citation(n=1, id="box4.2", label="专栏4（2）", quote="本科层次给予一次性生活补贴2万元", document="d")
            return Answer(answer="本科一次性生活补贴2万元。[1]", citations=[cite])
        return Answer(answer="抱歉，方案没有写到这个问题。", refused=True)


class FakeRankers:
    """Every ranker puts box4.2 second."""

    def rankings(self, query: str) -> dict[str, list[Hit]]:
        return {name: [Hit("s2.1.d1", 2.0), Hit("box4.2", 1.0)] for name in ("dense", "words", "bigrams")}

    def search(self, query: str, k: int) -> list[Hit]:
        return [Hit("box4.2", 1.0)][:k]


class FakeDense:
    name = "dense"

    def search(self, query: str, k: int) -> list[Hit]:
        return [Hit("box4.2", 0.9), Hit("gone", 0.8), Hit("s2.1.d1", 0.7), Hit("table1.r1", 0.6)][:k]


def _run(items: list[GoldItem], texts: dict[str, str], baseline: bool = False) -> Run:
    run = Run(EvalOptions(baseline=baseline), "0" * 64, evaluate(items, FakeAssistant(), texts))
    run.retrieval = score_retrieval(FakeRankers(), items)
    if baseline:
        clauses = {cid: Clause(cid, cid, text, "doc", "item") for cid, text in texts.items()}
        run.baseline = evaluate(items, NaiveRag(FakeDense(), clauses, lambda c: "《方案》"), texts)
    return run


def test_summary_figures(make_item: ItemFactory, unanswerable: GoldItem, texts: dict[str, str]) -> None:
    wrong = make_item(id="t-003", question="职普比多少", must_include=[["40:60"]], must_not_include=[])
    report = summarise(_run([make_item(), unanswerable, wrong], texts, baseline=True))
    figs = report["figures"]
    assert figs["answer_accuracy"] == pytest.approx(2 / 3)
    assert (figs["correct_refusal"], figs["wrong_refusal"]) == (1.0, 0.5)
    assert figs["recall_at_1_dense"] == 0.0 and figs["mrr_dense"] == 0.5 and figs["recall_at_5_fused"] == 1.0
    assert [f["id"] for f in report["failures"]] == ["t-003"] and report["failures"][0]["reason"] == "错误拒答"
    assert report["baseline"]["figures"]["correct_refusal"] == 0.0


def test_report_files_and_readme(make_item: ItemFactory, texts: dict[str, str], tmp_path: Path) -> None:
    report = summarise(_run([make_item()], texts, baseline=True))
    md = write(report, tmp_path)
    assert md.name == f"{report['meta']['date']}-extractive.md"
    assert md.with_suffix(".png").stat().st_size > 0
    assert json.loads(md.with_suffix(".json").read_text(encoding="utf-8"))["meta"]["split_sha256"] == "0" * 64
    assert "answer_accuracy" in md.read_text(encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(f"# X\n{README_BEGIN}\nold\n{README_END}\ntail\n", encoding="utf-8")
    assert update_readme(readme, report)
    text = readme.read_text(encoding="utf-8")
    assert "old" not in text and "| answer_accuracy | 1.000 | 1.000 |" in text and text.endswith("tail\n")
    readme.write_text("no markers\n", encoding="utf-8")
    assert not update_readme(readme, report)


def test_baseline_pastes_the_top_three_dense_clauses(texts: dict[str, str]) -> None:
    clauses = {cid: Clause(cid, cid, text, "doc", "item") for cid, text in texts.items()}
    answer = NaiveRag(FakeDense(), clauses, lambda c: "《方案》").ask("鸿雁计划")
    assert [c.id for c in answer.citations] == ["box4.2", "s2.1.d1"]
    assert answer.answer.startswith("[1] 鸿雁计划") and not answer.refused


def test_http_assistant_posts_the_question() -> None:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json={"answer": "好。[1]", "citations": [], "refused": False})

    asker = HttpAssistant("http://zhitu/", httpx.Client(transport=httpx.MockTransport(handler)))
    answer = asker.ask("问", [Turn(role="user", content="前")], "teacher")
    assert answer.answer == "好。[1]"
    assert seen == [{"question": "问", "history": [{"role": "user", "content": "前"}], "audience": "teacher"}]
    failing = HttpAssistant("http://zhitu", httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(500))))
    with pytest.raises(EvalError):
        failing.ask("问")


def test_limit_and_query(make_item: ItemFactory) -> None:
    items = [make_item(id=f"t-{n}") for n in range(10)]
    assert [i.id for i in limit_items(items, 3)] == ["t-0", "t-3", "t-6"]
    assert limit_items(items, None) == items
    follow = make_item(question="那专科呢？", history=[{"role": "user", "content": "本科补多少"}])
    assert retrieval_query(follow) == "本科补多少 那专科呢？"


def test_judge_scores_statements_and_fails_unparseable_replies() -> None:
    reply = '好的：{"statements": [{"statement": "a", "supported": true}, {"statement": "b", "supported": false}]}'
    assert Judge(lambda prompt: reply).score("问", "答", ["条款"]) == 0.5
    assert parse_verdict("我认为都对") == 0.0
    assert parse_verdict('{"statements": "x"}') == 0.0
    assert "条款原文" in render_prompt("问", "答", ["一条"])
    with pytest.raises(ValueError, match="variables"):
        render_prompt("问", "答", [], template="$question $answer")
