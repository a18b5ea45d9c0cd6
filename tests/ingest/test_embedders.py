"""The query cache: a batch of queries is embedded once, and gives the vectors one at a time would."""

from __future__ import annotations

import numpy as np

from ingest.embedders import CachedQueries, HashEmbedder


class BatchCounter(HashEmbedder):
    """The test embedder, counting its calls and the queries it embeds."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.queries = 0

    def embed_query(self, text: str) -> np.ndarray:
        self.calls += 1
        self.queries += 1
        return super().embed_query(text)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.queries += len(texts)
        return super().embed_queries(texts)


def test_prefetched_queries_are_embedded_in_one_call_and_not_again() -> None:
    inner = BatchCounter()
    cache = CachedQueries(inner, size=16)
    cache.embed_query("中职 3+2")
    cache.prefetch(["中职 3+2", "鸿雁计划 本科", "鸿雁计划 本科", "理工学校 学啥"])
    assert (inner.calls, inner.queries) == (2, 3)  # the cached one and the repeat are not embedded again
    for text in ("鸿雁计划 本科", "理工学校 学啥"):
        assert np.array_equal(cache.embed_query(text), HashEmbedder().embed_query(text))
    assert inner.calls == 2


def test_the_cache_keeps_only_its_size() -> None:
    inner = BatchCounter()
    cache = CachedQueries(inner, size=2)
    cache.prefetch(["甲乙", "丙丁", "戊己"])
    cache.embed_query("甲乙")  # the oldest was dropped
    assert inner.queries == 4


def test_without_a_cache_nothing_is_prefetched() -> None:
    inner = BatchCounter()
    CachedQueries(inner, size=0).prefetch(["甲乙"])
    assert inner.calls == 0
