"""The loaded knowledge: clauses, structured records and the hybrid retriever, opened once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from assistant.components import make_embedder, make_tokenizer
from assistant.extract import UnitVectors
from assistant.retrieval import Hit, HybridRetriever, open_retriever
from assistant.settings import Settings
from ingest.corpus import documents_by_id
from ingest.embedders import CachedQueries, Embedder
from ingest.index import load_clauses, load_unit_vectors
from ingest.records import load_records
from ingest.tokenize import JiebaTokenizer
from ingest.types import Clause, DocumentMeta


@dataclass
class Knowledge:
    """Everything an answer may stand on."""

    settings: Settings
    clauses: dict[str, Clause]
    records: dict[str, list[dict[str, Any]]]
    documents: dict[str, DocumentMeta]
    retriever: HybridRetriever
    tokenizer: JiebaTokenizer
    embedder: CachedQueries
    unit_vectors: UnitVectors

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None) -> Knowledge:
        """Open a built index (raises IndexMissingError when there is none)."""
        clauses = load_clauses(settings.data_dir)
        tokenizer = make_tokenizer(settings)
        emb = CachedQueries(embedder or make_embedder(settings), settings.embedder.query_cache)
        retriever = open_retriever(
            settings.data_dir, settings.collection, emb, tokenizer, [c.id for c in clauses], settings.retrieval
        )
        return cls(
            settings=settings,
            clauses={c.id: c for c in clauses},
            records=load_records(settings.corpus_dir),
            documents=documents_by_id(settings.documents_dir),
            retriever=retriever,
            tokenizer=tokenizer,
            embedder=emb,
            unit_vectors=load_unit_vectors(settings.data_dir),
        )

    def query_vector(self, query: str) -> np.ndarray | None:
        """The query's embedding (cached; shared with dense retrieval), or None without unit vectors."""
        if not self.unit_vectors or not query.strip():
            return None
        return self.embedder.embed_query(query)

    def prefetch(self, queries: list[str]) -> None:
        """Embed in one batch the queries an answer is about to search with (blank ones are never embedded)."""
        self.embedder.prefetch([q for q in queries if q.strip()])

    def search(self, query: str, k: int = 8) -> list[tuple[Clause, float]]:
        """Top clauses by fused rank."""
        hits: list[Hit] = self.retriever.search(query, k)
        return [(self.clauses[h.id], h.score) for h in hits if h.id in self.clauses]

    def candidates(self, query: str, k: int = 10) -> list[tuple[Clause, float]]:
        """Fused top k plus each ranker's best hits: the pool the extractive answerer reads."""
        return [(self.clauses[h.id], h.score) for h in self.retriever.candidates(query, k) if h.id in self.clauses]

    def document_name(self, clause: Clause) -> str:
        """The citation name of the document a clause belongs to."""
        meta = self.documents.get(clause.doc)
        return meta.citation_name if meta else clause.doc

    @cached_property
    def primary(self) -> DocumentMeta | None:
        return next((m for m in self.documents.values() if m.primary), None)
