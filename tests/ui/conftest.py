"""UI fixtures: the UI pointed at a real API on 127.0.0.1, and a Streamlit AppTest of the real app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from assistant.settings import REPO_ROOT, get_settings

APP = REPO_ROOT / "ui" / "app.py"


@pytest.fixture
def ui_api(api_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The UI's settings point at the live API; Streamlit's caches start empty."""
    monkeypatch.setenv("ZHITU_UI__API_URL", api_url)
    get_settings.cache_clear()
    st.cache_resource.clear()
    st.cache_data.clear()
    yield api_url
    get_settings.cache_clear()
    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.fixture
def app(ui_api: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at
