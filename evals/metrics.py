"""Small pure scoring functions: retrieval, answer correctness, citations, faithfulness, refusal and latency."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from assistant.guard import quote_is_verbatim
from assistant.numbers import supported
from assistant.types import Answer
from evals.gold import GoldItem

__all__ = [
    "ItemScore",
    "Sentence",
    "bigram_overlap",
    "citation_precision",
    "citation_recall",
    "found",
    "is_correct",
    "is_factual",
    "missing_groups",
    "normalise",
    "percentile",
    "quote_is_verbatim",
    "rank_metrics",
    "score_item",
    "sentences",
    "unsupported_figures",
]

_MARKER = re.compile(r"\[(\d+)\]")
_SENTENCE = re.compile(r"[^。！？]*(?:[。！？]+|$)(?:\s*\[\d+\])*")
_LEADING = re.compile(r"^\s*((?:\[\d+\]\s*)+)")
_WORD_CHAR = re.compile(r"[\w\u4e00-\u9fff]")


# ---------------------------------------------------------------- retrieval


def rank_metrics(ranked: Sequence[str], required: Iterable[str], relevant: Iterable[str]) -> dict[str, float]:
    """recall@1/5/10 (a required clause in the top k) and the reciprocal rank of the first relevant clause."""
    req, rel = set(required), set(relevant) | set(required)
    out = {f"recall@{k}": float(any(cid in req for cid in ranked[:k])) for k in (1, 5, 10)}
    first = next((rank for rank, cid in enumerate(ranked, 1) if cid in rel), None)
    out["mrr"] = 1.0 / first if first else 0.0
    return out


# ---------------------------------------------------------------- sentences


@dataclass(frozen=True)
class Sentence:
    """One sentence of an answer: its text without markers and the citation numbers it carries."""

    text: str
    markers: tuple[int, ...]


def sentences(answer: str) -> list[Sentence]:
    """Split at 。！？ (each sentence keeps the markers that follow it); a line opening with markers lends them to
    every sentence of that line (the "[1] text…" layout of the baseline)."""
    out: list[Sentence] = []
    for line in answer.splitlines():
        lead = _LEADING.match(line)
        inherited = tuple(int(n) for n in _MARKER.findall(lead.group(1))) if lead else ()
        body = line[lead.end() :] if lead else line
        for raw in _SENTENCE.findall(body):
            text = _MARKER.sub("", raw).strip()
            if text:
                own = tuple(int(n) for n in _MARKER.findall(raw))
                out.append(Sentence(text, tuple(dict.fromkeys(inherited + own))))
    return out


def is_factual(sentence: Sentence) -> bool:
    """A sentence that claims something: it has a digit or is longer than 8 characters."""
    return bool(re.search(r"\d", sentence.text)) or len(re.sub(r"\s", "", sentence.text)) > 8


# ---------------------------------------------------------------- correctness


def normalise(text: str) -> str:
    """Text for substring checks: citation markers and whitespace removed, full-width colon made half-width."""
    return re.sub(r"\s", "", _MARKER.sub("", text)).replace("：", ":")


def found(needle: str, haystack: str) -> bool:
    """Whether `needle` occurs in `haystack` after normalising both."""
    return normalise(needle) in normalise(haystack)


def missing_groups(item: GoldItem, answer: str) -> list[str]:
    """The must_include groups none of whose variants the answer contains (each shown as "a|b|c")."""
    return ["|".join(group) for group in item.must_include if not any(found(v, answer) for v in group)]


def is_correct(item: GoldItem, answer: Answer) -> bool:
    """Unanswerable: refused. Answerable: not refused, every must_include group present, no must_not_include."""
    if not item.answerable:
        return answer.refused
    if answer.refused or missing_groups(item, answer.answer):
        return False
    return not any(found(bad, answer.answer) for bad in item.must_not_include)


# ---------------------------------------------------------------- citations


def citation_precision(item: GoldItem, answer: Answer) -> float | None:
    """Share of the distinct cited clauses that are gold (required ∪ allowed); None when nothing is cited."""
    cited = {c.id for c in answer.citations}
    return len(cited & item.gold_clauses.relevant) / len(cited) if cited else None


def citation_recall(item: GoldItem, answer: Answer) -> float | None:
    """Share of the required clauses that are cited; None when the item requires none."""
    required = set(item.gold_clauses.required)
    return len(required & {c.id for c in answer.citations}) / len(required) if required else None


# ---------------------------------------------------------------- faithfulness


def _evidence(sentence: Sentence, answer: Answer, texts: Mapping[str, str]) -> str:
    by_n = {c.n: c.id for c in answer.citations}
    return "\n".join(texts.get(by_n.get(n, ""), "") for n in sentence.markers)


def unsupported_figures(answer: Answer, texts: Mapping[str, str]) -> list[str]:
    """Figures of each sentence not found in the clauses that sentence cites, as "value in «sentence»"."""
    out: list[str] = []
    for s in sentences(answer.answer):
        for value in sorted(supported(s.text, _evidence(s, answer, texts))):
            out.append(f"{value:g} in «{s.text}»")
    return out


def _bigrams(text: str) -> set[str]:
    chars = "".join(_WORD_CHAR.findall(text))
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def bigram_overlap(sentence: str, evidence: str) -> float:
    """Share of the sentence's character bigrams that also occur in the evidence (0 for an empty sentence)."""
    grams = _bigrams(sentence)
    return len(grams & _bigrams(evidence)) / len(grams) if grams else 0.0


# ---------------------------------------------------------------- per item


@dataclass
class ItemScore:
    """Every per-item figure the report aggregates; None = not applicable to this item."""

    correct: bool
    refused: bool
    missing: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    factual_sentences: int = 0
    uncited: list[str] = field(default_factory=list)
    dangling_markers: int = 0
    precision: float | None = None
    recall: float | None = None
    quotes: int = 0
    quotes_verbatim: int = 0
    bad_quotes: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    support: float | None = None


def _cite_checks(score: ItemScore, answer: Answer, texts: Mapping[str, str]) -> None:
    numbers = {c.n for c in answer.citations}
    factual = [s for s in sentences(answer.answer) if is_factual(s)]
    score.factual_sentences = len(factual)
    score.uncited = [s.text for s in factual if not s.markers]
    score.dangling_markers = sum(1 for s in factual for n in s.markers if n not in numbers)
    score.quotes = len(answer.citations)
    score.bad_quotes = [
        f"[{c.n}] {c.id}: {c.quote}" for c in answer.citations if not quote_is_verbatim(c.quote, texts.get(c.id))
    ]
    score.quotes_verbatim = score.quotes - len(score.bad_quotes)
    score.unsupported = unsupported_figures(answer, texts)
    overlaps = [bigram_overlap(s.text, _evidence(s, answer, texts)) for s in factual if s.markers]
    score.support = sum(overlaps) / len(overlaps) if overlaps else None


def score_item(item: GoldItem, answer: Answer, texts: Mapping[str, str]) -> ItemScore:
    """Score one answer against its gold item; `texts` maps clause ID → clause text."""
    score = ItemScore(correct=is_correct(item, answer), refused=answer.refused)
    if item.answerable:
        score.missing = missing_groups(item, answer.answer)
        score.forbidden = [bad for bad in item.must_not_include if found(bad, answer.answer)]
        score.recall = citation_recall(item, answer)
        score.precision = citation_precision(item, answer)
    if not answer.refused:
        _cite_checks(score, answer, texts)
    return score


# ---------------------------------------------------------------- latency


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]
