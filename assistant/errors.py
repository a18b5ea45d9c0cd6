"""ZhiTu's exception tree, re-exported for the assistant side (defined in `ingest.errors`)."""

from ingest.errors import EmbeddingError, IndexMissingError, IngestError, RetrievalError, StorageError, ZhiTuError

__all__ = ["EmbeddingError", "IndexMissingError", "IngestError", "RetrievalError", "StorageError", "ZhiTuError"]
