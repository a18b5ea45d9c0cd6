"""Run a gold split against the assistant (in-process or over HTTP), the baseline and the optional judge."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import httpx

from assistant.errors import ZhiTuError
from assistant.retrieval import Hit
from assistant.settings import Settings
from assistant.types import Answer, Turn
from evals.baseline import NaiveRag
from evals.errors import EvalError
from evals.gold import GOLD_DIR, GoldItem, load_gold
from evals.judge import Judge
from evals.metrics import ItemScore, rank_metrics, score_item
from evals.split import split_path

__all__ = [
    "Asker",
    "EvalOptions",
    "HttpAssistant",
    "Rankers",
    "Record",
    "Run",
    "evaluate",
    "limit_items",
    "retrieval_query",
    "run_eval",
    "score_retrieval",
]

Progress = Callable[[int, int], None]


class Asker(Protocol):
    """Anything that answers like `assistant.service.Assistant`."""

    def ask(self, question: str, history: list[Turn] | None = None, audience: str = "family") -> Answer: ...


class Rankers(Protocol):
    """The part of the hybrid retriever retrieval metrics need."""

    def rankings(self, query: str) -> dict[str, list[Hit]]: ...

    def search(self, query: str, k: int) -> list[Hit]: ...


class HttpAssistant:
    """The assistant behind a running server: POST {url}/api/ask."""

    def __init__(self, url: str, client: httpx.Client | None = None, timeout: float = 120.0) -> None:
        self._url = url.rstrip("/") + "/api/ask"
        self._client = client or httpx.Client(timeout=timeout)

    def ask(self, question: str, history: list[Turn] | None = None, audience: str = "family") -> Answer:
        body = {"question": question, "history": [t.model_dump() for t in history or []], "audience": audience}
        try:
            resp = self._client.post(self._url, json=body)
            resp.raise_for_status()
            return Answer.model_validate(resp.json())
        except (httpx.HTTPError, ValueError) as exc:
            raise EvalError(f"POST {self._url} failed: {exc}") from exc


@dataclass
class Record:
    """One item answered and scored."""

    item: GoldItem
    answer: Answer
    seconds: float
    score: ItemScore
    error: str = ""


@dataclass
class EvalOptions:
    """What `run_eval` runs."""

    split: str = "dev"
    mode: str = "extractive"
    url: str | None = None
    baseline: bool = False
    limit: int | None = None
    gold_dir: Path = GOLD_DIR


@dataclass
class Run:
    """Everything a report is written from."""

    options: EvalOptions
    split_sha256: str
    records: list[Record]
    baseline: list[Record] | None = None
    retrieval: dict[str, dict[str, dict[str, float]]] | None = None
    judge: dict[str, float] | None = None
    judge_note: str = ""
    started: datetime = field(default_factory=datetime.now)


def limit_items(items: Sequence[GoldItem], limit: int | None) -> list[GoldItem]:
    """At most `limit` items, evenly spaced through the split so every category stays represented."""
    if not limit or limit >= len(items):
        return list(items)
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


def retrieval_query(item: GoldItem) -> str:
    """The query retrieval is scored on: earlier user turns, then the question."""
    return " ".join([t.content for t in item.history if t.role == "user"] + [item.question])


def _ask(asker: Asker, item: GoldItem, texts: Mapping[str, str]) -> Record:
    start = time.perf_counter()
    error = ""
    try:
        answer = asker.ask(item.question, list(item.history), item.audience)
    except ZhiTuError as exc:
        error = f"{type(exc).__name__}: {exc}"
        answer = Answer(answer="", refused=False, route="error")
    seconds = time.perf_counter() - start
    return Record(item, answer, seconds, score_item(item, answer, texts), error)


def score_retrieval(rankers: Rankers, items: Sequence[GoldItem]) -> dict[str, dict[str, dict[str, float]]]:
    out: dict[str, dict[str, dict[str, float]]] = {}
    for item in items:
        if not item.answerable:
            continue
        query, gold = retrieval_query(item), item.gold_clauses
        ranked = {name: [h.id for h in hits] for name, hits in rankers.rankings(query).items()}
        ranked["fused"] = [h.id for h in rankers.search(query, 10)]
        out[item.id] = {name: rank_metrics(ids, gold.required, gold.relevant) for name, ids in ranked.items()}
    return out


def evaluate(
    items: Sequence[GoldItem],
    asker: Asker,
    texts: Mapping[str, str],
    progress: Progress | None = None,
) -> list[Record]:
    """Ask every item and score the answer (`texts`: clause ID → clause text)."""
    records = []
    for n, item in enumerate(items, 1):
        records.append(_ask(asker, item, texts))
        if progress:
            progress(n, len(items))
    return records


def _judge(judge: Judge, records: Sequence[Record], texts: Mapping[str, str]) -> dict[str, float]:
    out = {}
    for r in records:
        if r.item.answerable and not r.answer.refused and r.answer.citations:
            evidence = [texts.get(c.id, "") for c in r.answer.citations]
            out[r.item.id] = judge.score(r.item.question, r.answer.answer, evidence)
    return out


def _with_mode(settings: Settings, mode: str) -> Settings:
    """Pass the mode through when the assistant's settings have a `mode` field; otherwise it only labels the run."""
    return settings.model_copy(update={"mode": mode}) if "mode" in type(settings).model_fields else settings


def _open(settings: Settings, options: EvalOptions) -> tuple[Asker, Any]:
    """(asker, knowledge): the in-process assistant and its knowledge, or the server and a local knowledge."""
    from assistant.knowledge import Knowledge

    if options.url:
        return HttpAssistant(options.url), Knowledge.open(settings)
    try:
        from assistant.service import Assistant
    except ImportError as exc:
        raise EvalError(f"assistant.service is not importable ({exc}); use --url against a server") from exc
    assistant = Assistant.open(_with_mode(settings, options.mode))
    return assistant, assistant.knowledge


def run_eval(settings: Settings, options: EvalOptions, progress: Progress | None = None) -> Run:
    """Load the split, answer every item, score retrieval, the baseline and (when configured) the judge."""
    path = split_path(options.split, options.gold_dir)
    if not path.exists():
        raise EvalError(f"{path} does not exist; run `python -m evals.split`")
    items = limit_items(load_gold(path), options.limit)
    asker, knowledge = _open(settings, options)
    texts = {cid: c.text for cid, c in knowledge.clauses.items()}
    run = Run(options, hashlib.sha256(path.read_bytes()).hexdigest(), evaluate(items, asker, texts, progress))
    run.retrieval = score_retrieval(knowledge.retriever, items)
    if options.baseline:
        run.baseline = evaluate(items, NaiveRag.from_knowledge(knowledge), texts)
    judge = Judge.from_env()
    if judge is None:
        run.judge_note = "skipped: ZHITU_JUDGE__BASE_URL is not set"
    else:
        run.judge, run.judge_note = _judge(judge, run.records, texts), f"model {judge.model}"
    return run
