"""Shared fixtures: the parsed plan, per-test settings, a built index and a live API on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn

from assistant.api import create_app
from assistant.components import make_embedder, make_tokenizer
from assistant.service import Assistant
from assistant.settings import REPO_ROOT, Settings
from ingest.corpus import list_documents, parse_corpus
from ingest.formats import parse_document
from ingest.index import build_index
from ingest.structure import ParseResult
from ingest.types import Clause, DocumentMeta

CORPUS = REPO_ROOT / "corpus"


@pytest.fixture(scope="session")
def plan() -> tuple[DocumentMeta, Path]:
    meta, path = next((m, p) for m, p in list_documents(CORPUS / "documents") if m.primary)
    return meta, path


@pytest.fixture(scope="session")
def plan_raw(plan: tuple[DocumentMeta, Path]) -> str:
    return plan[1].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def plan_parse(plan: tuple[DocumentMeta, Path]) -> ParseResult:
    return parse_document(plan[1], plan[0])


@pytest.fixture(scope="session")
def clauses() -> list[Clause]:
    return parse_corpus(CORPUS / "documents")


@pytest.fixture(scope="session")
def by_id(clauses: list[Clause]) -> dict[str, Clause]:
    return {c.id: c for c in clauses}


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[Settings]:
    """Settings with a private data directory and the bag-of-bigrams test embedder."""
    yield Settings(data_dir=tmp_path / "data", corpus_dir=CORPUS, embedder={"provider": "hash"})


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """A real index built once per session with the bundled embedder, in its own data directory."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("zhitu-data"), corpus_dir=CORPUS)
    build_index(
        parse_corpus(settings.documents_dir),
        settings.data_dir,
        make_embedder(settings),
        make_tokenizer(settings),
        settings.collection,
    )
    yield settings


@pytest.fixture(scope="session")
def assistant(real_settings: Settings) -> Assistant:
    """The offline assistant opened on the real index."""
    return Assistant.open(real_settings)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free now."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    sock.close()
    return port


@pytest.fixture(scope="session")
def port() -> Callable[[], int]:
    """Hands out free ports to tests that start servers."""
    return free_port


@pytest.fixture(scope="session")
def api_url(real_settings: Settings, assistant: Assistant) -> Iterator[str]:
    """A real uvicorn on 127.0.0.1 serving the API over the real index (feedback in the session's data dir)."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(real_settings, assistant), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)
