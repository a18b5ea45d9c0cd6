"""Retrievers behind one protocol (dense Chroma, BM25-jieba, BM25-bigram) and their reciprocal-rank fusion."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import bm25s
import numpy as np

from assistant.settings import RetrievalSettings
from ingest.embedders import Embedder
from ingest.errors import IndexMissingError, RetrievalError
from ingest.index import IndexPaths, open_collection, unit_owner
from ingest.tokenize import JiebaTokenizer, bigrams


@dataclass(frozen=True)
class Hit:
    """One ranked clause from one retriever (or from the fusion)."""

    id: str
    score: float


class Retriever(Protocol):
    """Ranks clause IDs for a query."""

    name: str

    def search(self, query: str, k: int) -> list[Hit]: ...


class DenseRetriever:
    """Cosine similarity in the Chroma collection of quotable units (sentences), query embedded with the "query: "
    prefix; a clause ranks by its best unit (a long clause is not diluted by its other sentences)."""

    name = "dense"
    UNITS_PER_CLAUSE = 4  # units fetched per clause asked for, so that k distinct clauses come back

    def __init__(self, collection: Any, embedder: Embedder) -> None:
        self._col = collection
        self._embedder = embedder

    def search(self, query: str, k: int) -> list[Hit]:
        if not query.strip():
            return []
        vec = self._embedder.embed_query(query)
        try:
            res = self._col.query(
                query_embeddings=[np.asarray(vec, dtype=np.float32)],
                n_results=k * self.UNITS_PER_CLAUSE,
                include=["distances"],  # the owning clause is in the ID; fetching metadata triples the query time
            )
        except Exception as exc:  # chromadb raises several unrelated types; translate them all here
            raise RetrievalError(f"dense search failed: {exc}") from exc
        hits: list[Hit] = []
        seen: set[str] = set()
        for uid, dist in zip(res["ids"][0], res["distances"][0], strict=True):
            owner = unit_owner(uid)
            if owner not in seen:  # results come best first: the first unit of a clause is its best
                seen.add(owner)
                hits.append(Hit(owner, 1.0 - float(dist)))
        return hits[:k]


class BM25Retriever:
    """BM25 (bm25s) over a token stream: jieba words or character bigrams."""

    def __init__(self, name: str, path: Path, ids: list[str], tokenize: Any) -> None:
        """`ids[i]` is the clause that BM25 document i (a passage) belongs to."""
        self.name = name
        self._ids = ids
        self._tokenize = tokenize
        try:
            self._model = bm25s.BM25.load(str(path), load_corpus=False)
        except (OSError, ValueError) as exc:
            raise IndexMissingError(f"BM25 index {path} missing or damaged: {exc}") from exc
        self._vocab: dict[str, int] = dict(self._model.vocab_dict)

    def search(self, query: str, k: int) -> list[Hit]:
        toks = [t for t in self._tokenize(query) if t in self._vocab]
        if not toks:
            return []
        scores = self._model.get_scores([self._vocab[t] for t in toks])
        hits: list[Hit] = []
        seen: set[str] = set()
        for i in np.argsort(-scores):
            if scores[i] <= 0 or len(hits) >= k:
                break
            owner = self._ids[i]
            if owner not in seen:  # a clause ranks by its best passage
                seen.add(owner)
                hits.append(Hit(owner, float(scores[i])))
        return hits


class HybridRetriever:
    """Weighted reciprocal-rank fusion of several retrievers."""

    name = "fused"

    def __init__(self, retrievers: list[Retriever], settings: RetrievalSettings) -> None:
        self.retrievers = retrievers
        self._cfg = settings
        self._rank = lru_cache(maxsize=256)(self._rank_uncached)
        self._weights = {
            "dense": settings.weight_dense,
            "words": settings.weight_words,
            "bigrams": settings.weight_bigrams,
        }

    def rankings(self, query: str) -> dict[str, list[Hit]]:
        """Each retriever's own ranking (for `evals` per-ranker metrics); one question asks the same query more
        than once (its parts, the 表1 route, a refusal's nearest clauses), so recent rankings are kept."""
        return self._rank(query)

    def _rank_uncached(self, query: str) -> dict[str, list[Hit]]:
        return {r.name: r.search(query, self._cfg.depth) for r in self.retrievers}

    def search(self, query: str, k: int) -> list[Hit]:
        return fuse(self.rankings(query), self._weights, self._cfg.rrf_k)[:k]

    def candidates(self, query: str, k: int, per_ranker: int = 3) -> list[Hit]:
        """The fused top k, then any ranker's own top hits the fusion left out (one strong signal is kept)."""
        rankings = self.rankings(query)
        fused = fuse(rankings, self._weights, self._cfg.rrf_k)
        out = fused[:k]
        seen = {h.id for h in out}
        for hits in rankings.values():
            for hit in hits[:per_ranker]:
                if hit.id not in seen:
                    seen.add(hit.id)
                    out.append(next(h for h in fused if h.id == hit.id))
        return out


def fuse(rankings: dict[str, list[Hit]], weights: dict[str, float], rrf_k: int) -> list[Hit]:
    """Reciprocal-rank fusion: score(id) = Σ weight / (rrf_k + rank)."""
    scores: dict[str, float] = {}
    for name, hits in rankings.items():
        w = weights.get(name, 1.0)
        for rank, hit in enumerate(hits, 1):
            scores[hit.id] = scores.get(hit.id, 0.0) + w / (rrf_k + rank)
    return [Hit(i, s) for i, s in sorted(scores.items(), key=lambda kv: -kv[1])]


def open_retriever(
    data_dir: Path,
    collection: str,
    embedder: Embedder,
    tokenizer: JiebaTokenizer,
    ids: list[str],
    cfg: RetrievalSettings,
) -> HybridRetriever:
    """Open the three rankers of a built index and fuse them."""
    paths = IndexPaths(data_dir)
    if not paths.exists():
        raise IndexMissingError(f"no index in {data_dir}; run `zhitu ingest`")
    dense = DenseRetriever(open_collection(paths.chroma, collection, embedder), embedder)
    owners = json.loads((data_dir / "bm25_units.json").read_text(encoding="utf-8"))
    words = BM25Retriever("words", paths.bm25("words"), owners, tokenizer.words)
    grams = BM25Retriever("bigrams", paths.bm25("bigrams"), owners, bigrams)
    return HybridRetriever([dense, words, grams], cfg)
