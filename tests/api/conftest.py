"""API tests share the real index and assistant (built once per session)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.components import make_embedder, make_tokenizer
from assistant.service import Assistant
from assistant.settings import Settings
from ingest.corpus import parse_corpus
from ingest.index import build_index

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
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
    return Assistant.open(real_settings)
