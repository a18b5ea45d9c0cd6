"""Aggregate scored records into the report's figures: overall, by category, per ranker, judge."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from evals.metrics import percentile
from evals.runner import Record, Run

__all__ = ["HEADLINE", "by_category", "failures", "figures", "retrieval_table", "summarise"]

#: The figures shown in the terminal table and the README block, in order.
HEADLINE = (
    "answer_accuracy",
    "correct_refusal",
    "wrong_refusal",
    "cited_sentence_rate",
    "citation_precision",
    "citation_recall",
    "quote_verbatim",
    "unsupported_number_rate",
    "claim_support",
    "latency_p50",
    "latency_p95",
)


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def figures(records: Sequence[Record]) -> dict[str, float | None]:
    """The headline figures of a set of records (None where no item applies)."""
    answerable = [r for r in records if r.item.answerable]
    unanswerable = [r for r in records if not r.item.answerable]
    answered = [r for r in records if not r.answer.refused]
    factual = sum(r.score.factual_sentences for r in answered)
    quotes = sum(r.score.quotes for r in answered)
    seconds = [r.seconds for r in records]
    return {
        "n": float(len(records)),
        "answer_accuracy": _ratio(sum(r.score.correct for r in records), len(records)),
        "answerable_accuracy": _ratio(sum(r.score.correct for r in answerable), len(answerable)),
        "correct_refusal": _ratio(sum(r.answer.refused for r in unanswerable), len(unanswerable)),
        "wrong_refusal": _ratio(sum(r.answer.refused for r in answerable), len(answerable)),
        "cited_sentence_rate": _ratio(factual - sum(len(r.score.uncited) for r in answered), factual),
        "citation_precision": _mean(r.score.precision for r in answerable),
        "citation_recall": _mean(r.score.recall for r in answerable),
        "quote_verbatim": _ratio(sum(r.score.quotes_verbatim for r in answered), quotes),
        "unsupported_number_rate": _ratio(sum(bool(r.score.unsupported) for r in answered), len(answered)),
        "claim_support": _mean(r.score.support for r in answered),
        "latency_p50": percentile(seconds, 50),
        "latency_p95": percentile(seconds, 95),
        "errors": float(sum(bool(r.error) for r in records)),
    }


def by_category(records: Sequence[Record]) -> dict[str, dict[str, float | None]]:
    """Figures per gold category, categories in first-seen order."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        groups[r.item.category].append(r)
    return {cat: figures(rs) for cat, rs in groups.items()}


def retrieval_table(per_item: Mapping[str, Mapping[str, Mapping[str, float]]]) -> dict[str, dict[str, float]]:
    """Mean recall@1/5/10 and MRR per ranker over the answerable items."""
    sums: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    for rankers in per_item.values():
        for name, metrics in rankers.items():
            sums[name].update(metrics)
            counts[name] += 1
    return {name: {m: v / counts[name] for m, v in sums[name].items()} for name in sums}


def failures(records: Sequence[Record]) -> list[dict[str, Any]]:
    """The items answered wrongly (or with an invented figure), with what was given and what was missing."""
    out = []
    for r in records:
        if r.score.correct and not r.score.unsupported and not r.error:
            continue
        why = r.error or ("没有拒答" if not r.item.answerable and not r.answer.refused else "")
        if r.item.answerable and r.answer.refused:
            why = "错误拒答"
        out.append(
            {
                "id": r.item.id,
                "category": r.item.category,
                "question": r.item.question,
                "answer": r.answer.answer,
                "refused": r.answer.refused,
                "route": r.answer.route,
                "reason": why,
                "missing": r.score.missing,
                "forbidden": r.score.forbidden,
                "unsupported": r.score.unsupported,
                "bad_quotes": r.score.bad_quotes,
                "cited": [c.id for c in r.answer.citations],
                "required": r.item.gold_clauses.required,
            }
        )
    return out


def _flat_retrieval(table: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    return {f"{m.replace('@', '_at_')}_{name}": v for name, ms in table.items() for m, v in ms.items()}


def summarise(run: Run) -> dict[str, Any]:
    """The whole report as one JSON-able dict."""
    retrieval = retrieval_table(run.retrieval or {})
    figs: dict[str, float | None] = {**figures(run.records), **_flat_retrieval(retrieval)}
    if run.judge is not None:
        figs["judge_support"] = _mean(run.judge.values())
    opts = run.options
    return {
        "meta": {
            "date": run.started.strftime("%Y-%m-%d"),
            "started": run.started.isoformat(timespec="seconds"),
            "split": opts.split,
            "split_sha256": run.split_sha256,
            "mode": opts.mode,
            "modes_seen": dict(Counter(r.answer.mode for r in run.records)),
            "source": opts.url or "in-process",
            "limit": opts.limit,
            "judge": run.judge_note,
        },
        "figures": figs,
        "by_category": by_category(run.records),
        "retrieval": retrieval,
        "baseline": None
        if run.baseline is None
        else {"figures": figures(run.baseline), "by_category": by_category(run.baseline)},
        "failures": failures(run.records),
    }
