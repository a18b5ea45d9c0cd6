"""The exception tree shared by every ZhiTu package.

    ZhiTuError
    ├── IngestError        the corpus or a document cannot be parsed or checked
    ├── IndexMissingError  the index has not been built (run `zhitu ingest`)
    ├── EmbeddingError     the embedder failed (bundled model or remote endpoint)
    ├── RetrievalError     a search against the index failed
    └── StorageError       the feedback store (SQLite / PostgreSQL) failed

Library errors are translated into these in the adapters and re-raised `from exc`.
"""


class ZhiTuError(Exception):
    """Base class of every error ZhiTu raises on purpose."""

    #: A short Chinese message safe to show to a family.
    user_message = "服务暂时出现问题，请稍后再试。"


class IngestError(ZhiTuError):
    """A document or a structured record cannot be parsed or fails its check."""

    user_message = "资料库解析失败。"


class IndexMissingError(ZhiTuError):
    """The data directory holds no index: run `zhitu ingest` first."""

    user_message = "索引尚未建立，请先运行 zhitu ingest。"


class EmbeddingError(ZhiTuError):
    """The embedding model (bundled or remote) could not embed the text."""

    user_message = "向量模型暂时不可用。"


class RetrievalError(ZhiTuError):
    """A query against the index failed."""

    user_message = "检索暂时不可用。"


class StorageError(ZhiTuError):
    """The feedback database could not be read or written."""

    user_message = "反馈暂时无法保存，请稍后再试。"
