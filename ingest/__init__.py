"""Ingest: turn the corpus (raw documents + hand-checked records) into citable clauses and a hybrid index."""

from ingest.errors import IngestError, RetrievalError, ZhiTuError
from ingest.types import Clause, DocumentMeta

__all__ = ["Clause", "DocumentMeta", "IngestError", "RetrievalError", "ZhiTuError"]
