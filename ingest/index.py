"""Build the hybrid index in the data directory: Chroma (dense) + two BM25 indexes, with an idempotent manifest."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ingest.embedders import Embedder
from ingest.errors import IndexMissingError, IngestError
from ingest.quotable import units
from ingest.tokenize import JiebaTokenizer, bigrams
from ingest.types import Clause

MANIFEST_VERSION = 4  # 3: one vector per quotable unit, not per clause; 4: the dense search visits every vector
# HNSW visits at most ef_search candidates per query: fewer than the collection holds makes the neighbours it
# returns approximate, and they differed from one process to the next. Up to this size the search is exhaustive.
EXHAUSTIVE_UP_TO = 20_000
DEFAULT_EF_SEARCH = 100
Progress = Callable[[str], None]


@dataclass(frozen=True)
class IndexPaths:
    """Where each part of the index lives inside the data directory."""

    root: Path

    @property
    def clauses(self) -> Path:
        return self.root / "clauses.jsonl"

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    @property
    def chroma(self) -> Path:
        return self.root / "chroma"

    def bm25(self, name: str) -> Path:
        return self.root / f"bm25_{name}"

    @property
    def units(self) -> Path:
        """Embeddings of every quotable unit (sentence) of every clause, for the answerer's sentence scoring."""
        return self.root / "units.npz"

    def exists(self) -> bool:
        return self.manifest.exists() and self.clauses.exists() and self.chroma.exists()

    def complete(self) -> bool:
        """Every part a build writes is on disk (the manifest alone does not say so)."""
        return self.exists() and self.bm25("words").exists() and self.units.exists()


@dataclass(frozen=True)
class BuildReport:
    """What one `zhitu ingest` did."""

    clauses: int
    embedded: int
    removed: int
    unchanged: int
    seconds: float
    skipped: bool


def unit_id(clause_id: str, n: int) -> str:
    """The dense collection's ID of a clause's n-th quotable unit."""
    return f"{clause_id}#{n}"


def unit_owner(uid: str) -> str:
    """The clause a dense-collection ID belongs to (read from the ID, so a query need not fetch metadata)."""
    return uid.rsplit("#", 1)[0]


def clause_hash(clause: Clause) -> str:
    """Content hash of everything that goes into a clause's index entries."""
    return hashlib.sha256(json.dumps(clause.to_record(), ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def chroma_client(path: Path) -> Any:
    """An embedded Chroma client with telemetry off (chromadb is imported only when the index is used)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


def open_collection(path: Path, name: str, embedder: Embedder) -> Any:
    """Get or create the clause collection, registering ZhiTu's embedding function (never Chroma's default)."""
    from ingest.chroma_ef import ZhiTuEmbeddingFunction

    return chroma_client(path).get_or_create_collection(
        name=name,
        embedding_function=ZhiTuEmbeddingFunction(embedder),
        metadata={"hnsw:space": "cosine"},
    )


def search_everything(col: Any) -> None:
    """Make the collection's queries exact and repeatable: ef_search covers every vector it holds (when it is small
    enough for that to cost nothing: 370 sentence vectors take about 1 ms either way)."""
    size = col.count()
    if size <= EXHAUSTIVE_UP_TO:
        col.modify(configuration={"hnsw": {"ef_search": max(DEFAULT_EF_SEARCH, size)}})


def _read_manifest(paths: IndexPaths) -> dict[str, Any]:
    try:
        return dict(json.loads(paths.manifest.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError):
        return {}


def is_current(clauses: list[Clause], data_dir: Path, embedder_name: str) -> bool:
    """True when the index holds exactly these clauses embedded by this embedder (nothing to do)."""
    paths = IndexPaths(data_dir)
    old = _read_manifest(paths)
    return (
        old.get("version") == MANIFEST_VERSION
        and old.get("embedder") == embedder_name
        and old.get("clauses") == {c.id: clause_hash(c) for c in clauses}
        and paths.complete()
    )


def build_index(
    clauses: list[Clause],
    data_dir: Path,
    embedder: Embedder,
    tokenizer: JiebaTokenizer,
    collection: str = "plan_clauses",
    progress: Progress | None = None,
    batch: int = 16,
) -> BuildReport:
    """Build or update the index; unchanged clauses are not re-embedded, an unchanged corpus is a no-op."""
    say = progress or (lambda _msg: None)
    t0 = time.perf_counter()
    paths = IndexPaths(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    hashes = {c.id: clause_hash(c) for c in clauses}
    old = _read_manifest(paths)
    same_embedder = old.get("embedder") == embedder.name and old.get("version") == MANIFEST_VERSION
    if same_embedder and old.get("clauses") == hashes and paths.complete():
        say(f"索引已是最新：{len(clauses)} 条条款，无需重建。")
        return BuildReport(len(clauses), 0, 0, len(clauses), time.perf_counter() - t0, True)
    if not same_embedder and paths.chroma.exists():
        shutil.rmtree(paths.chroma)  # vectors of another model cannot be mixed
        old = {}
    col = open_collection(paths.chroma, collection, embedder)
    old_hashes: dict[str, str] = dict(old.get("clauses", {})) if same_embedder else {}
    owner = {i: unit_owner(i) for i in col.get(include=[])["ids"]}
    present = set(owner.values())
    todo = [c for c in clauses if old_hashes.get(c.id) != hashes[c.id] or c.id not in present]
    removed = sorted(present - set(hashes))
    redo = set(removed) | {c.id for c in todo}
    stale = [i for i, cid in owner.items() if cid in redo]
    if stale:
        col.delete(ids=stale)
    fresh = write_unit_vectors(clauses, data_dir, embedder, reuse=same_embedder)
    say(f"句子向量：新向量化 {fresh} 句")
    vectors = load_unit_vectors(data_dir)
    for start in range(0, len(todo), batch):
        chunk = todo[start : start + batch]
        rows = [(unit_id(c.id, n), c, u) for c in chunk for n, u in enumerate(units(c))]
        if rows:
            col.upsert(
                ids=[i for i, _, _ in rows],
                embeddings=[np.asarray(vectors[(c.id, u)], dtype=np.float32) for _, c, u in rows],
                documents=[u for _, _, u in rows],
                metadatas=[{"clause": c.id, "label": c.label, "doc": c.doc, "kind": c.kind} for _, c, _ in rows],
            )
        say(f"写入向量库 {min(start + batch, len(todo))}/{len(todo)}")
    search_everything(col)
    _write_bm25(clauses, paths, tokenizer)
    with paths.clauses.open("w", encoding="utf-8") as fh:
        for c in clauses:
            fh.write(json.dumps(c.to_record(), ensure_ascii=False) + "\n")
    manifest = {"version": MANIFEST_VERSION, "embedder": embedder.name, "collection": collection, "clauses": hashes}
    paths.manifest.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    seconds = time.perf_counter() - t0
    say(f"完成：{len(clauses)} 条条款，新向量化 {len(todo)} 条，删除 {len(removed)} 条，用时 {seconds:.1f} 秒。")
    return BuildReport(len(clauses), len(todo), len(removed), len(clauses) - len(todo), seconds, False)


_SENTENCE = re.compile(r"[^。；]+[。；]?")


def lexical_units(clause: Clause, size: int = 150) -> list[str]:
    """Passages BM25 indexes for a clause: its label with runs of sentences up to `size` characters.

    A long clause indexed whole is pushed down by length normalisation; a question
    usually matches one or two of its sentences.
    """
    units: list[str] = []
    current = ""
    for sentence in _SENTENCE.findall(clause.text):
        if current and len(current) + len(sentence) > size:
            units.append(current)
            current = ""
        current += sentence
    if current or not units:
        units.append(current)
    return [f"{clause.label}：{u}" for u in units]


def _write_bm25(clauses: list[Clause], paths: IndexPaths, tokenizer: JiebaTokenizer) -> None:
    import bm25s

    owners: list[str] = []
    texts: list[str] = []
    for c in clauses:
        for unit in lexical_units(c):
            owners.append(c.id)
            texts.append(unit)
    paths.root.joinpath("bm25_units.json").write_text(json.dumps(owners), encoding="utf-8")
    for name, tokens in (("words", [tokenizer.words(t) for t in texts]), ("bigrams", [bigrams(t) for t in texts])):
        model = bm25s.BM25()
        model.index(tokens, show_progress=False)
        target = paths.bm25(name)
        if target.exists():
            shutil.rmtree(target)
        model.save(str(target), show_progress=False)


def load_clauses(data_dir: Path) -> list[Clause]:
    """The clauses stored with the index, in document order."""
    paths = IndexPaths(data_dir)
    if not paths.exists():
        raise IndexMissingError(f"no index in {data_dir}; run `zhitu ingest`")
    try:
        with paths.clauses.open(encoding="utf-8") as fh:
            return [Clause.from_record(json.loads(line)) for line in fh if line.strip()]
    except (OSError, json.JSONDecodeError, KeyError) as exc:
        raise IngestError(f"index in {data_dir} is damaged: {exc}") from exc


def index_size(data_dir: Path) -> int:
    """Bytes on disk used by the index."""
    return sum(p.stat().st_size for p in data_dir.rglob("*") if p.is_file())


def load_unit_vectors(data_dir: Path) -> dict[tuple[str, str], np.ndarray]:
    """(clause ID, unit text) → vector, or an empty mapping for an index built without unit vectors."""
    path = IndexPaths(data_dir).units
    if not path.exists():
        return {}
    with np.load(path, allow_pickle=False) as data:
        return {(str(i), str(t)): v for i, t, v in zip(data["ids"], data["texts"], data["vectors"], strict=True)}


def write_unit_vectors(clauses: list[Clause], data_dir: Path, embedder: Embedder, reuse: bool = True) -> int:
    """Embed every quotable unit of every clause (passage mode) and store them beside the index.

    Units already embedded by the same embedder are kept; returns how many were embedded now."""
    pairs = [(c.id, u) for c in clauses for u in units(c)]
    known = load_unit_vectors(data_dir) if reuse else {}
    todo = [p for p in pairs if p not in known]
    if todo:
        known.update(zip(todo, embedder.embed_passages([u for _, u in todo]), strict=True))
    np.savez(
        IndexPaths(data_dir).units,
        ids=np.array([i for i, _ in pairs]),
        texts=np.array([u for _, u in pairs]),
        vectors=np.stack([np.asarray(known[p], dtype=np.float32) for p in pairs]) if pairs else np.zeros((0, 0)),
    )
    return len(todo)
